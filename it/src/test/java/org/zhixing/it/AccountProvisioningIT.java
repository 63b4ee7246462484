package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.AccountVillage.ADMIN;
import static org.zhixing.it.AccountVillage.account;
import static org.zhixing.it.AccountVillage.awaitAccount;
import static org.zhixing.it.AccountVillage.awaitState;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.PersonSeed;

/**
 * Learner accounts against the real Keycloak: a person imported from a sheet gets an account that the worker makes in
 * the background, logs in with the one-time code after changing it, is disabled when a newer sheet leaves them out and
 * enabled again when one lists them; admins of the person's scope reset the password and unlock the account. Each
 * test imports its own person into one village and restores the village from the content pack at the end.
 */
@ExtendWith(ArquillianExtension.class)
class AccountProvisioningIT {

  private static final AccountVillage VILLAGE = new AccountVillage(0);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void anImportedPersonGetsALearnerAccountThatAsksForANewPasswordAtTheFirstLogin() {
    try {
      long id = VILLAGE.importNewPerson("欧阳明远", "13755550001");
      JsonObject account = awaitAccount(id);

      assertThat(account.getString("username")).isEqualTo("13755550001");
      assertThat(account.getBoolean("passwordChangeRequired")).isTrue();
      assertThat(account.getBoolean("lockedOut")).isFalse();
      String code = account.getString("initialCode");
      assertThat(code).hasSize(10);

      var firstLogin = KeycloakLogins.login("13755550001", code);
      assertThat(firstLogin.status()).isEqualTo(400);
      assertThat(firstLogin.refusal()).isEqualTo("Account is not fully set up");
      assertThat(KeycloakLogins.login("13755550001", code + "x").refusal()).isEqualTo("Invalid user credentials");

      KeycloakLogins.completeRequiredActions("13755550001");
      var login = KeycloakLogins.login("13755550001", code);
      assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
      JsonObject claims = login.claims();
      assertThat(claims.getString("org_unit")).isEqualTo(VILLAGE.code);
      assertThat(claims.getString("family_name")).isEqualTo("欧阳");
      assertThat(claims.getString("given_name")).isEqualTo("明远");
      assertThat(roles(claims)).contains("LEARNER").doesNotContain("ORG_ADMIN", "TRAINER", "SYS_ADMIN");
      assertThat(Api.get("/api/me", login.body().getString("access_token")).status()).isEqualTo(200);
    } finally {
      VILLAGE.restore();
    }
  }

  @Test
  void aDepartedPersonsAccountIsDisabledAndEnabledAgainWhenASheetListsThemOnceMore() {
    try {
      long id = VILLAGE.importNewPerson("李卫东", "13755550002");
      String code = awaitAccount(id).getString("initialCode");
      KeycloakLogins.completeRequiredActions("13755550002");
      assertThat(KeycloakLogins.login("13755550002", code).status()).isEqualTo(200);

      VILLAGE.restore(); // the pack's sheet does not list them: departed
      assertThat(awaitState(id, "DISABLED")).isEqualTo("DISABLED");
      var refused = KeycloakLogins.login("13755550002", code);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.refusal()).isEqualTo("Account disabled");

      assertThat(VILLAGE.importNewPerson("李卫东", "13755550002")).isEqualTo(id);
      assertThat(awaitState(id, "ACTIVE")).isEqualTo("ACTIVE");
      assertThat(KeycloakLogins.login("13755550002", code).status()).isEqualTo(200);
    } finally {
      VILLAGE.restore();
    }
  }

  @Test
  void aPasswordResetShowsANewOneTimeCodeAndTheOldCodeStopsWorking() {
    try {
      long id = VILLAGE.importNewPerson("张秀英", "13755550003");
      String initial = awaitAccount(id).getString("initialCode");

      Api.Answer reset = Api.post("/api/people/" + id + "/account/password-reset", Tokens.of(ADMIN));

      assertThat(reset.status()).as(reset.body()).isEqualTo(200);
      String code = reset.object().getString("code");
      assertThat(code).hasSize(10).isNotEqualTo(initial);
      assertThat(KeycloakLogins.login("13755550003", initial).refusal()).isEqualTo("Invalid user credentials");
      assertThat(KeycloakLogins.login("13755550003", code).refusal()).isEqualTo("Account is not fully set up");
      JsonObject account = account(id).object();
      assertThat(account.containsKey("initialCode") && !account.isNull("initialCode")).as("shown once").isFalse();
      assertThat(account.getBoolean("passwordChangeRequired")).isTrue();
    } finally {
      VILLAGE.restore();
    }
  }

  @Test
  void anAdminUnlocksAnAccountThatTooManyFailedLoginsLocked() {
    try {
      long id = VILLAGE.importNewPerson("王建军", "13755550004");
      String code = awaitAccount(id).getString("initialCode");
      KeycloakLogins.completeRequiredActions("13755550004");
      for (int i = 0; i < 3; i++) {
        KeycloakLogins.login("13755550004", "wrong-" + i); // failures faster than a second apart lock at once
      }
      assertThat(account(id).object().getBoolean("lockedOut")).isTrue();
      assertThat(KeycloakLogins.login("13755550004", code).status()).as("locked out").isNotEqualTo(200);

      assertThat(Api.post("/api/people/" + id + "/account/unlock", Tokens.of(ADMIN)).status()).isEqualTo(204);

      assertThat(account(id).object().getBoolean("lockedOut")).isFalse();
      assertThat(KeycloakLogins.login("13755550004", code).status()).isEqualTo(200);
    } finally {
      VILLAGE.restore();
    }
  }

  @Test
  void onlyAdminsOfThePersonsScopeSeeOrChangeTheirAccount() {
    try {
      long id = VILLAGE.importNewPerson("赵丽华", "13755550005");
      awaitAccount(id);

      for (String path : List.of("/account/password-reset", "/account/unlock")) {
        Api.Answer other = Api.post("/api/people/" + id + path, Tokens.of("dancheng-admin"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.object().getString("type")).endsWith("out-of-scope");
        assertThat(Api.post("/api/people/" + id + path, Tokens.of("learner")).status()).isEqualTo(403);
      }
      assertThat(Api.get("/api/people/" + id + "/account", Tokens.of("dancheng-admin")).status()).isEqualTo(403);
      assertThat(Api.get("/api/accounts?personId=" + id, Tokens.of("dancheng-admin")).array()).isEmpty();
      assertThat(Api.get("/api/accounts?personId=" + id, Tokens.of(ADMIN)).array()).hasSize(1);
      assertThat(Api.get("/api/accounts/provisioning?unit=" + VILLAGE.code, Tokens.of("dancheng-admin")).status())
          .isEqualTo(403);
      JsonObject status = Api.get("/api/accounts/provisioning?unit=" + VILLAGE.code, Tokens.of(ADMIN)).object();
      assertThat(status.getJsonNumber("active").longValue()).isPositive();
      assertThat(status.getJsonNumber("failed").longValue()).isZero();
    } finally {
      VILLAGE.restore();
    }
  }

  @Test
  void provisionNowGivesAccountsToThePeopleOfAUnitWhoCameWithoutAnImport() {
    PersonSeed villager = VILLAGE.villagers().getFirst();
    long id = VILLAGE.personId(villager.name());
    String provision = "/api/accounts/provisioning?unit=" + VILLAGE.code;

    assertThat(Api.post(provision, Tokens.of("dancheng-admin")).status()).isEqualTo(403);
    Api.Answer queued = Api.post(provision, Tokens.of(ADMIN));

    assertThat(queued.status()).as(queued.body()).isEqualTo(200);
    assertThat(awaitState(id, "ACTIVE")).isEqualTo("ACTIVE");
    assertThat(Api.post(provision, Tokens.of(ADMIN)).object().getInt("queued")).as("nothing left to do").isZero();
    assertThat(account(id).object().getString("username")).isEqualTo(villager.phone());
  }

  @Test
  void aPersonWithoutAnAccountOrUnknownIsAProblemNotAnError() {
    long learner = learnerId();

    Api.Answer noAccount = Api.post("/api/people/" + learner + "/account/password-reset", Tokens.of(ADMIN));
    Api.Answer unknown = Api.get("/api/people/999999999/account", Tokens.of(ADMIN));

    assertThat(noAccount.status()).isEqualTo(409);
    assertThat(noAccount.contentType()).startsWith("application/problem+json");
    assertThat(noAccount.object().getString("type")).endsWith("account-not-ready");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object().getString("type")).endsWith("person-not-found");
  }

  private static List<String> roles(JsonObject claims) {
    return claims.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList();
  }

  /** The demo learner's person (彭松宇): their login comes with the realm. */
  private static long learnerId() {
    return Api.get("/api/org/units/411627101201/people?size=100&q=" + Api.encode("彭松宇"), Tokens.of(ADMIN))
        .object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }
}
