package org.zhixing.account.entity;

/** Where a person's account stands against what it should be. */
public enum AccountState {
  /** Keycloak does not match the wanted account yet: the worker will create or update it. */
  PENDING,
  /** The account exists and is enabled as wanted. */
  ACTIVE,
  /** The account exists and is disabled as wanted (the person departed). */
  DISABLED,
  /** The last attempt failed; it is tried again at {@code nextAttemptAt}. */
  FAILED;

  public boolean hasWork() {
    return this == PENDING || this == FAILED;
  }
}
