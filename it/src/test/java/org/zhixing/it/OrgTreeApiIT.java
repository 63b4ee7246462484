package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.UnitSeed;

/** The org tree through the API, checked against the content pack the server loaded at deploy. */
@ExtendWith(ArquillianExtension.class)
class OrgTreeApiIT {

  private static final String CITY = "411600000000";
  private static final String TAIKANG = "411627000000";
  private static final DemoContentPack PACK = DemoContentPack.load();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void cityChildrenAreTheCountyLevelUnitsWithTheirCounts() {
    Api.Answer answer = Api.get("/api/org/units/" + CITY + "/children", Tokens.of("city-admin"));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    List<JsonObject> counties = answer.array().getValuesAs(JsonObject.class);
    assertThat(counties).extracting(c -> c.getString("name")).contains("川汇区", "淮阳区", "太康县", "郸城县", "项城市", "周口市城乡一体化示范区");
    assertThat(counties).hasSize((int) PACK.units().stream().filter(u -> u.kind().equals("COUNTY")).count());
    long villages = counties.stream().mapToLong(c -> c.getJsonNumber("villageCount").longValue()).sum();
    assertThat(villages).isEqualTo(4840);
    assertThat(counties).allSatisfy(c -> assertThat(c.getBoolean("hasChildren")).isTrue());
  }

  @Test
  void cityCountsCoverEveryoneInThePack() {
    JsonObject city = Api.get("/api/org/units/" + CITY, Tokens.of("city-admin")).object();

    assertThat(city.getJsonNumber("villageCount").longValue()).isEqualTo(4840);
    assertThat(city.getJsonNumber("peopleCount").longValue()).isEqualTo(PACK.people().size());
  }

  @Test
  void taikangCountsMatchThePack() {
    JsonObject taikang = Api.get("/api/org/units/" + TAIKANG, Tokens.of("taikang-admin")).object();

    long expectedVillages =
        PACK.units().stream().filter(u -> u.code().startsWith("411627") && isGrassroots(u)).count();
    long expectedPeople = PACK.people().stream().filter(p -> p.unitCode().startsWith("411627")).count();
    assertThat(taikang.getJsonNumber("villageCount").longValue()).isEqualTo(expectedVillages);
    assertThat(taikang.getJsonNumber("peopleCount").longValue()).isEqualTo(expectedPeople);
  }

  @Test
  void peopleArePagedAndFilteredByPosition() {
    String path = "/api/org/units/" + TAIKANG + "/people?position=PARTY_SECRETARY&page=2&size=7";
    JsonObject page = Api.get(path, Tokens.of("taikang-admin")).object();

    long secretaries =
        PACK.people().stream()
            .filter(p -> p.unitCode().startsWith("411627") && p.positions().contains("PARTY_SECRETARY"))
            .count();
    assertThat(page.getInt("page")).isEqualTo(2);
    assertThat(page.getInt("size")).isEqualTo(7);
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(secretaries);
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).hasSize(7);
    assertThat(items).allSatisfy(p -> {
      assertThat(p.getString("unitCode")).startsWith("411627");
      assertThat(p.getJsonArray("positions").getValuesAs(JsonValue::toString)).contains("\"PARTY_SECRETARY\"");
      // The county's own admin calls these people: their phones come whole (trainers read them masked).
      assertThat(p.getString("phone")).matches("1[3-9][0-9]{9}");
    });
  }

  @Test
  void unitsAreFoundByNameWithinScope() {
    JsonObject page = Api.get("/api/org/units?q=" + Api.encode("大许寨"), Tokens.of("taikang-admin")).object();

    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).extracting(u -> u.getString("code")).contains("411627101000");
    assertThat(items).allSatisfy(u -> assertThat(u.getString("code")).startsWith("411627"));
  }

  @Test
  void meTellsTheLearnerTheirVillageAndItsPath() {
    JsonObject me = Api.get("/api/me", Tokens.of("learner")).object();

    assertThat(me.getString("username")).isEqualTo("learner");
    assertThat(me.getJsonArray("roles").getValuesAs(JsonValue::toString)).containsExactly("\"LEARNER\"");
    JsonObject unit = me.getJsonObject("orgUnit");
    assertThat(unit.getString("code")).isEqualTo("411627101201");
    assertThat(unit.getString("kind")).isEqualTo("VILLAGE");
    assertThat(unit.getJsonArray("path").getValuesAs(JsonObject.class))
        .extracting(u -> u.getString("name"))
        .startsWith("周口市", "太康县", "大许寨镇");
  }

  @Test
  void unknownUnitIsA404Problem() {
    Api.Answer answer = Api.get("/api/org/units/411627999999", Tokens.of("city-admin"));

    assertThat(answer.status()).isEqualTo(404);
    ApiSecurityIT.assertProblem(answer, "org-unit-not-found", 404);
  }

  @Test
  void oversizedPageIsA400WithTheViolation() {
    Api.Answer answer = Api.get("/api/org/units/" + TAIKANG + "/people?size=5000", Tokens.of("taikang-admin"));

    assertThat(answer.status()).isEqualTo(400);
    ApiSecurityIT.assertProblem(answer, "validation", 400);
    assertThat(answer.object().getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field"))
        .contains("size");
  }

  @Test
  void unknownPositionIsA400() {
    Api.Answer answer = Api.get("/api/org/units/" + TAIKANG + "/people?position=MAYOR", Tokens.of("taikang-admin"));

    ApiSecurityIT.assertProblem(answer, "invalid-parameter", 400);
  }

  @Test
  void openApiDocumentDescribesTheOrgApi() {
    Api.Answer answer = Api.get("/openapi?format=JSON", null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.object().getJsonObject("paths").keySet()).contains("/api/org/units/{code}/people");
  }

  private static boolean isGrassroots(UnitSeed unit) {
    return unit.kind().equals("VILLAGE") || unit.kind().equals("COMMUNITY");
  }
}
