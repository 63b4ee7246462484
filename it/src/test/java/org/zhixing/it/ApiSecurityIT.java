package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call what: tokens, roles and org scope, each refusal as problem+json. */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

  private static final String TAIKANG = "411627000000";
  private static final String DANCHENG = "411625000000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void apiWithoutTokenAnswers401Problem() {
    Api.Answer answer = Api.get("/api/org/units/" + TAIKANG, null);

    assertThat(answer.status()).isEqualTo(401);
    assertProblem(answer, "unauthorized", 401);
  }

  @Test
  void apiRejectsATokenWithAForgedSignature() {
    String token = Tokens.of("city-admin");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

    Api.Answer answer = Api.get("/api/me", forged);

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void learnerMayNotBrowseTheOrgTree() {
    Api.Answer answer = Api.get("/api/org/units/" + TAIKANG + "/people", Tokens.of("learner"));

    assertThat(answer.status()).isEqualTo(403);
    assertProblem(answer, "forbidden", 403);
  }

  @Test
  void taikangAdminCannotListDanchengPeople() {
    Api.Answer answer = Api.get("/api/org/units/" + DANCHENG + "/people", Tokens.of("taikang-admin"));

    assertThat(answer.status()).isEqualTo(403);
    assertProblem(answer, "out-of-scope", 403);
    assertThat(answer.object().getString("detail")).contains(DANCHENG);
  }

  @Test
  void taikangAdminCannotSeeDanchengEvenByNameSearch() {
    Api.Answer answer = Api.get("/api/org/units?q=" + Api.encode("秣陵"), Tokens.of("taikang-admin"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.object().getInt("total")).isZero();
  }

  @Test
  void danchengAdminListsDanchengPeople() {
    Api.Answer answer = Api.get("/api/org/units/" + DANCHENG + "/people?size=5", Tokens.of("dancheng-admin"));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.object().getJsonArray("items")).hasSize(5);
  }

  @Test
  void cityAdminMayOpenAnyCounty() {
    assertThat(Api.get("/api/org/units/" + DANCHENG, Tokens.of("city-admin")).status()).isEqualTo(200);
    assertThat(Api.get("/api/org/units/" + TAIKANG, Tokens.of("city-admin")).status()).isEqualTo(200);
  }

  @Test
  void problemsSpeakEnglishWhenAskedTo() {
    Api.Answer answer = Api.get("/api/org/units/" + DANCHENG, Tokens.of("taikang-admin"), "en");

    assertThat(answer.object().getString("title")).isEqualTo("Outside your scope");
  }

  @Test
  void configIsPublicAndNamesTheRealm() {
    Api.Answer answer = Api.get("/api/config", null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.object().getString("realm")).isEqualTo("zhixing");
    assertThat(answer.object().getString("clientId")).isEqualTo("zhixing-portal");
    assertThat(answer.object().getString("keycloakUrl")).isEqualTo(ZhixingTestEnvironment.current().keycloakUrl());
  }

  static void assertProblem(Api.Answer answer, String type, int status) {
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    JsonObject problem = answer.object();
    assertThat(problem.getString("type")).isEqualTo("urn:zhixing:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
  }
}
