package org.zhixing.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.zhixing.account.entity.PersonAccount;

/**
 * Makes one Keycloak user what its {@link AccountWork} says: creates it (with the one-time code, the password change
 * required at the first login, and the role LEARNER through the group {@value #LEARNERS}) or updates it (enabled or disabled, names, org unit). Every step
 * may be repeated: a user left by an attempt that died half-way is found by its username and taken over.
 */
@ApplicationScoped
public class AccountProvisioner {

  static final String ORG_UNIT = "org_unit";
  /** The realm's group that carries the role LEARNER. */
  static final String LEARNERS = "/learners";

  @Inject KeycloakAdmin keycloak;

  /** @return the Keycloak user's id */
  public String provision(AccountWork work) {
    return work.existingId()
        .filter(id -> keycloak.update(id, profile(work).build()))
        .orElseGet(() -> create(work));
  }

  private String create(AccountWork work) {
    // joining the group gives the role in the same request: a role mapping would be a second one per account
    JsonObjectBuilder user = profile(work).add("groups", Json.createArrayBuilder().add(LEARNERS));
    work.code().ifPresent(code -> user
        .add("credentials", Json.createArrayBuilder().add(InitialCredential.of(code)))
        .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD")));
    return keycloak.create(user.build()).orElseGet(() -> takeOver(work));
  }

  /** A user with this username exists (made by an attempt that died before it was recorded): make it ours. */
  private String takeOver(AccountWork work) {
    String id = keycloak.idOf(work.username())
        .orElseThrow(() -> new KeycloakUnavailableException(
            "user not found", "user " + work.username() + " exists but cannot be found"));
    keycloak.update(id, profile(work).build());
    keycloak.grantLearner(id);
    work.code().ifPresent(code -> keycloak.resetPassword(id, code));
    return id;
  }

  static JsonObjectBuilder profile(AccountWork work) {
    PersonAccount.Wanted wanted = work.wanted();
    return Json.createObjectBuilder()
        .add("username", work.username())
        .add("enabled", wanted.enabled())
        .add("firstName", wanted.firstName())
        .add("lastName", wanted.lastName())
        .add("attributes", Json.createObjectBuilder().add(ORG_UNIT, Json.createArrayBuilder().add(wanted.unitCode())));
  }
}
