package org.zhixing.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhixing.account.control.AccountLedger;
import org.zhixing.account.control.AccountNotReadyException;
import org.zhixing.account.control.KeycloakAdmin;
import org.zhixing.account.control.KeycloakUnavailableException;
import org.zhixing.account.control.OneTimeCodes;
import org.zhixing.account.control.ProvisioningStatus;
import org.zhixing.account.entity.PersonAccount;
import org.zhixing.org.boundary.PeopleRoster;
import org.zhixing.platform.security.Caller;

/**
 * The learners' accounts for their admins, always within the admin's subtree: how provisioning stands and starting it
 * again, one person's account, a new one-time password, and unlocking an account that brute-force detection locked.
 */
@Stateless
public class Accounts {

  private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

  @Inject PeopleRoster roster;
  @Inject AccountLedger ledger;
  @Inject KeycloakAdmin keycloak;

  private final OneTimeCodes codes = new OneTimeCodes();

  /** @param unitCode a unit of the caller's subtree; the whole subtree when null */
  public ProvisioningStatus status(Caller caller, String unitCode) {
    return ledger.status(roster.subtreeOf(caller, unitCode).path());
  }

  /**
   * Queues what differs between all the subtree's people and their accounts — also people who came without an import,
   * such as the demo pack's — and retries its failures at once.
   */
  public int provisionNow(Caller caller, String unitCode) {
    PeopleRoster.Subtree subtree = roster.subtreeOf(caller, unitCode);
    return ledger.reconcile(subtree.unitCode(), everyone -> true) + ledger.retryFailed(subtree.path());
  }

  /** The accounts of these people, of those in the caller's subtree. */
  public Map<Long, PersonAccount> accountsOf(Caller caller, List<Long> personIds) {
    return ledger.accountsIn(roster.subtreeOf(caller, null).path(), personIds);
  }

  public Optional<AccountDetails> account(Caller caller, long personId) {
    roster.holder(caller, personId);
    return ledger.account(personId).map(this::details);
  }

  /** Sets a new one-time password, which the person must replace at the next login; it is shown this once. */
  public String resetPassword(Caller caller, long personId) {
    PersonAccount account = provisioned(caller, personId);
    String code = codes.next();
    keycloak.resetPassword(account.keycloakId().orElseThrow(), code);
    account.forgetInitialCode();
    return code;
  }

  /** Ends a brute-force lock-out now rather than when it would expire. */
  public void unlock(Caller caller, long personId) {
    keycloak.unlock(provisioned(caller, personId).keycloakId().orElseThrow());
  }

  private PersonAccount provisioned(Caller caller, long personId) {
    roster.holder(caller, personId);
    return ledger.account(personId)
        .filter(account -> account.keycloakId().isPresent())
        .orElseThrow(() -> new AccountNotReadyException(personId));
  }

  private AccountDetails details(PersonAccount account) {
    Boolean lockedOut = null;
    Boolean passwordChangeRequired = null;
    if (account.keycloakId().isPresent()) {
      String id = account.keycloakId().get();
      try {
        lockedOut = keycloak.lockedOut(id);
        passwordChangeRequired = keycloak.user(id).map(Accounts::mustChangePassword).orElse(null);
      } catch (KeycloakUnavailableException e) {
        // the database's part is still worth showing; the two unknowns say Keycloak did not answer
      }
    }
    String initialCode = Boolean.FALSE.equals(passwordChangeRequired) ? null : ledger.initialCode(account).orElse(null);
    return new AccountDetails(account.personId(), account.username(), account.state(), account.attempts(),
        account.lastError().orElse(null), account.nextAttemptAt().orElse(null), initialCode, lockedOut,
        passwordChangeRequired);
  }

  private static boolean mustChangePassword(JsonObject user) {
    return user.containsKey("requiredActions") && user.getJsonArray("requiredActions").stream()
        .anyMatch(action -> action instanceof JsonString name && name.getString().equals(UPDATE_PASSWORD));
  }
}
