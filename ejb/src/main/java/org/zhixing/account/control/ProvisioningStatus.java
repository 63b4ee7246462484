package org.zhixing.account.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhixing.account.entity.AccountState;

/** The accounts of a subtree: how many stand where, and the failures with their reasons (the most tried first). */
public record ProvisioningStatus(Map<AccountState, Long> counts, List<Failure> failures) {

  public record Failure(
      long personId, String name, String username, int attempts, String error, Instant nextAttemptAt) {}
}
