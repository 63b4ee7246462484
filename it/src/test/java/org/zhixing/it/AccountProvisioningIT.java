package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.PersonSeed;

/**
 * Learner accounts against the real Keycloak: a person imported from a sheet gets an account that the worker makes in
 * the background, logs in with the one-time code after changing it, is disabled when a newer sheet leaves them out and
 * enabled again when one lists them; admins of the person's scope reset the password and unlock the account. Each
 * test imports its own person into one village and restores the village from the content pack at the end.
 */
@ExtendWith(ArquillianExtension.class)
class AccountProvisioningIT {

  private static final DemoContentPack PACK = DemoContentPack.load();
  private static final String HEADER = "姓名,性别,手机号,村(社区),区划代码,职务,派出单位";
  private static final Map<String, String> POSTS = Map.of(
      "PARTY_SECRETARY", "村党组织书记", "VILLAGE_DIRECTOR", "村委会主任", "COMMITTEE_MEMBER", "村“两委”成员",
      "FIRST_SECRETARY", "驻村第一书记", "RESIDENT_CADRE", "驻村干部", "TOWNSHIP_CADRE", "乡镇干部",
      "COUNTY_CADRE", "县直单位干部");
  private static final String ADMIN = "taikang-admin";
  private static final Duration PROVISIONING = Duration.ofSeconds(60);

  /** A Taikang village of the pack, the last one, so that it is neither the demo learner's nor PeopleImportIT's. */
  private static final String VILLAGE = PACK.people().stream()
      .map(PersonSeed::unitCode)
      .filter(code -> code.startsWith("411627") && !code.equals("411627101201") && !code.endsWith("000"))
      .reduce((first, second) -> second)
      .orElseThrow();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void anImportedPersonGetsALearnerAccountThatAsksForANewPasswordAtTheFirstLogin() {
    try {
      long id = importNewPerson("欧阳明远", "13755550001");
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
      assertThat(claims.getString("org_unit")).isEqualTo(VILLAGE);
      assertThat(claims.getString("family_name")).isEqualTo("欧阳");
      assertThat(claims.getString("given_name")).isEqualTo("明远");
      assertThat(roles(claims)).contains("LEARNER").doesNotContain("ORG_ADMIN", "TRAINER", "SYS_ADMIN");
      assertThat(Api.get("/api/me", login.body().getString("access_token")).status()).isEqualTo(200);
    } finally {
      restoreVillage();
    }
  }

  @Test
  void aDepartedPersonsAccountIsDisabledAndEnabledAgainWhenASheetListsThemOnceMore() {
    try {
      long id = importNewPerson("李卫东", "13755550002");
      String code = awaitAccount(id).getString("initialCode");
      KeycloakLogins.completeRequiredActions("13755550002");
      assertThat(KeycloakLogins.login("13755550002", code).status()).isEqualTo(200);

      restoreVillage(); // the pack's sheet does not list them: departed
      assertThat(awaitState(id, "DISABLED")).isEqualTo("DISABLED");
      var refused = KeycloakLogins.login("13755550002", code);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.refusal()).isEqualTo("Account disabled");

      assertThat(importNewPerson("李卫东", "13755550002")).isEqualTo(id);
      assertThat(awaitState(id, "ACTIVE")).isEqualTo("ACTIVE");
      assertThat(KeycloakLogins.login("13755550002", code).status()).isEqualTo(200);
    } finally {
      restoreVillage();
    }
  }

  @Test
  void aPasswordResetShowsANewOneTimeCodeAndTheOldCodeStopsWorking() {
    try {
      long id = importNewPerson("张秀英", "13755550003");
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
      restoreVillage();
    }
  }

  @Test
  void anAdminUnlocksAnAccountThatTooManyFailedLoginsLocked() {
    try {
      long id = importNewPerson("王建军", "13755550004");
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
      restoreVillage();
    }
  }

  @Test
  void onlyAdminsOfThePersonsScopeSeeOrChangeTheirAccount() {
    try {
      long id = importNewPerson("赵丽华", "13755550005");
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
      assertThat(Api.get("/api/accounts/provisioning?unit=" + VILLAGE, Tokens.of("dancheng-admin")).status())
          .isEqualTo(403);
      JsonObject status = Api.get("/api/accounts/provisioning?unit=" + VILLAGE, Tokens.of(ADMIN)).object();
      assertThat(status.getJsonNumber("active").longValue()).isPositive();
      assertThat(status.getJsonNumber("failed").longValue()).isZero();
    } finally {
      restoreVillage();
    }
  }

  @Test
  void provisionNowGivesAccountsToThePeopleOfAUnitWhoCameWithoutAnImport() {
    PersonSeed villager = PACK.people().stream().filter(p -> p.unitCode().equals(VILLAGE)).findFirst().orElseThrow();
    long id = personId(VILLAGE, villager.name());
    String provision = "/api/accounts/provisioning?unit=" + VILLAGE;

    assertThat(Api.post(provision, Tokens.of("dancheng-admin")).status()).isEqualTo(403);
    Api.Answer queued = Api.post(provision, Tokens.of(ADMIN));

    assertThat(queued.status()).as(queued.body()).isEqualTo(200);
    assertThat(awaitState(id, "ACTIVE")).isEqualTo("ACTIVE");
    assertThat(Api.post(provision, Tokens.of(ADMIN)).object().getInt("queued")).as("nothing left to do").isZero();
    assertThat(account(id).object().getString("username")).isEqualTo(villager.phone());
  }

  @Test
  void aPersonWithoutAnAccountOrUnknownIsAProblemNotAnError() {
    long learner = personId("411627101201", "彭松宇"); // the demo learner: their login comes with the realm

    Api.Answer noAccount = Api.post("/api/people/" + learner + "/account/password-reset", Tokens.of(ADMIN));
    Api.Answer unknown = Api.get("/api/people/999999999/account", Tokens.of(ADMIN));

    assertThat(noAccount.status()).isEqualTo(409);
    assertThat(noAccount.contentType()).startsWith("application/problem+json");
    assertThat(noAccount.object().getString("type")).endsWith("account-not-ready");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object().getString("type")).endsWith("person-not-found");
  }

  /** Imports the pack's villagers and one more person; returns the person's id. */
  private static long importNewPerson(String name, String phone) {
    var rows = new ArrayList<>(villagerRows());
    rows.add(row(name, "M", phone, List.of("COMMITTEE_MEMBER"), null));
    commitVillage(rows, false);
    return personId(VILLAGE, name);
  }

  /** Imports the village as the pack has it and marks everyone else there departed. */
  private static void restoreVillage() {
    commitVillage(villagerRows(), true);
  }

  private static void commitVillage(List<String> rows, boolean departLeftOut) {
    Api.Answer checked = Api.postMultipart("/api/people/imports", Tokens.of(ADMIN), new Multipart()
        .file("file", "people.csv", "text/csv", sheet(rows).getBytes(StandardCharsets.UTF_8)).text("unit", VILLAGE));
    assertThat(checked.object().getInt("problemCount")).as(checked.body()).isZero();
    Api.Answer committed = Api.postJson("/api/people/imports/" + checked.object().getString("id") + "/commit",
        Tokens.of(ADMIN), "{\"departLeftOut\":" + departLeftOut + "}");
    assertThat(committed.status()).as(committed.body()).isEqualTo(200);
  }

  private static long personId(String unit, String name) {
    return Api.get("/api/org/units/" + unit + "/people?size=100&q=" + Api.encode(name), Tokens.of(ADMIN)).object()
        .getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("name").equals(name))
        .mapToLong(p -> p.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not listed in " + unit));
  }

  private static Api.Answer account(long personId) {
    return Api.get("/api/people/" + personId + "/account", Tokens.of(ADMIN));
  }

  /** Waits until the worker has made the person's account. */
  private static JsonObject awaitAccount(long personId) {
    awaitState(personId, "ACTIVE");
    return account(personId).object();
  }

  private static String awaitState(long personId, String wanted) {
    long deadline = System.nanoTime() + PROVISIONING.toNanos();
    String state = "none";
    while (System.nanoTime() < deadline) {
      var found = Api.get("/api/accounts?personId=" + personId, Tokens.of(ADMIN)).array()
          .getValuesAs(JsonObject.class);
      state = found.isEmpty() ? "none" : found.getFirst().getString("state");
      if (state.equals(wanted)) {
        return state;
      }
      if (state.equals("FAILED")) {
        throw new AssertionError("provisioning failed: " + account(personId).body());
      }
      sleep();
    }
    throw new AssertionError("the account of person %d is %s, not %s, after %s".formatted(personId, state, wanted,
        PROVISIONING));
  }

  private static List<String> roles(JsonObject claims) {
    return claims.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList();
  }

  private static List<String> villagerRows() {
    return PACK.people().stream()
        .filter(p -> p.unitCode().equals(VILLAGE))
        .map(p -> row(p.name(), p.gender(), p.phone(), p.positions(), p.dispatchingUnit()))
        .toList();
  }

  private static String row(String name, String gender, String phone, List<String> positions, String sentBy) {
    String posts = positions.stream().map(POSTS::get).collect(Collectors.joining("、"));
    return String.join(",", quoted(name), "M".equals(gender) ? "男" : "女", phone, "", VILLAGE, quoted(posts),
        quoted(sentBy == null ? "" : sentBy));
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static String sheet(List<String> rows) {
    return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  private static void sleep() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
