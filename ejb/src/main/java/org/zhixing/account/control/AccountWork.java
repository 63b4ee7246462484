package org.zhixing.account.control;

import java.util.Optional;
import org.zhixing.account.entity.PersonAccount;

/**
 * One account as the worker takes it from the queue: a copy, so that the Keycloak calls run outside any transaction.
 *
 * @param initialCode the one-time code to create the account with; null once an admin has replaced it
 * @param revision what the account should be in this copy, to tell later whether it changed meanwhile
 */
public record AccountWork(
    long personId, String username, String keycloakId, PersonAccount.Wanted wanted, String initialCode, long revision) {

  public Optional<String> existingId() {
    return Optional.ofNullable(keycloakId);
  }

  public Optional<String> code() {
    return Optional.ofNullable(initialCode);
  }
}
