package org.zhixing.account.control;

/** How one attempt on an account ended: the Keycloak user's id, or why it failed. */
public sealed interface AccountOutcome {

  AccountWork work();

  record Done(AccountWork work, String keycloakId) implements AccountOutcome {}

  record Failed(AccountWork work, String error) implements AccountOutcome {}
}
