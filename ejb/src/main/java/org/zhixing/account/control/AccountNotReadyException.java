package org.zhixing.account.control;

import org.zhixing.platform.problem.DomainException;

/** The person has no Keycloak account yet (not provisioned, or the last attempt failed). */
public class AccountNotReadyException extends DomainException {

  public AccountNotReadyException(long personId) {
    super("account-not-ready", 409, "Person %d has no Keycloak account yet".formatted(personId), personId);
  }
}
