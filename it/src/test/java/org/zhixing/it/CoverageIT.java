package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.AppDatabase.execute;
import static org.zhixing.it.PublishedCourses.LessonSpec.video;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.it.CourseCompletions.CourseWithTest;
import org.zhixing.it.PublishedCourses.Course;

/**
 * Training plans and their coverage through the API, on the demo learner's township (太康县 · 101) plus two villages of
 * the test's own: the roster is who the rule picks at publishing, the figures are checked against a count straight
 * from the org tables, the demo learner completes the plan's courses through the progress API, and people moving and
 * departing are counted where the plan says; a course completed before publishing counts too. Each run makes its
 * own plan and courses and removes its villages.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageIT {

  private static final String ADMIN = "taikang-admin";
  private static final String TOWNSHIP = "411627101000";
  private static final String LEARNER_VILLAGE = "411627101201";
  private static final String VILLAGE_A = "411627101991";
  private static final String VILLAGE_B = "411627101992";
  private static final String DANCHENG = "411625000000";
  private static final String OTHER_TOWNSHIP = "411627198000";
  private static final String CITY = "411600000000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void coverageAddsUpFollowsCompletionsAndCountsMoversWhereThePlanSays() throws SQLException {
    try (TestUnits elsewhere = TestUnits.open("411627198"); TestUnits units = TestUnits.open("4116271019");
        Connection db = AppDatabase.connect()) {
      elsewhere.unit("411627000000", OTHER_TOWNSHIP, "覆盖测试镇", "TOWNSHIP");
      units.unit(TOWNSHIP, VILLAGE_A, "覆盖测试甲村", "VILLAGE");
      units.unit(TOWNSHIP, VILLAGE_B, "覆盖测试乙村", "VILLAGE");
      units.person(VILLAGE_A, "覆盖甲一", "19910000001", "0001");
      units.person(VILLAGE_A, "覆盖甲二", "19910000002", "0002");
      units.person(VILLAGE_B, "覆盖乙一", "19910000003", "0003");
      Course first = PublishedCourses.create("覆盖课程一", new BigDecimal("1.5"), video(60));
      Course second = PublishedCourses.create("覆盖课程二", new BigDecimal("2"), video(60));
      long plan = createPlan(first, second);
      TestPlans.complete(first); // before publishing: publishing counts what the roster already did in the period

      Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of(ADMIN));
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      Map<String, Long> expected = servingByChild(db);
      long everyone = expected.values().stream().mapToLong(Long::longValue).sum();
      assertThat(published.object().getInt("rosterSize")).isEqualTo((int) everyone);

      JsonObject before = coverage(plan, null);
      assertThat(before.getString("unitCode")).as("the plan's own unit by default").isEqualTo(TOWNSHIP);
      assertThat(figures(before).getInt("required")).isEqualTo((int) everyone);
      assertThat(figures(before).getInt("completed")).isZero();
      assertThat(figures(before).getInt("started")).isEqualTo(1);
      assertThat(figures(before).getInt("personTimes")).isEqualTo(1);
      assertChildrenAddUp(before);
      assertThat(requiredByChild(before)).isEqualTo(expected);

      TestPlans.complete(second);
      TestPlans.complete(first); // a completed course watched again is no second completion

      JsonObject learnerVillage = coverage(plan, LEARNER_VILLAGE);
      assertThat(figures(learnerVillage).getInt("completed")).as("visible as soon as the course is awarded").isEqualTo(1);
      assertThat(figures(learnerVillage).getInt("personTimes")).isEqualTo(2);
      assertThat(figures(learnerVillage).getJsonNumber("creditHours").bigDecimalValue()).isEqualByComparingTo("3.5");

      JsonObject recomputed = Api.post("/api/plans/" + plan + "/recompute", Tokens.of(ADMIN)).object();
      assertThat(figures(recomputed).getInt("completed")).as("recounting counts the learner once").isEqualTo(1);
      assertThat(figures(recomputed).getInt("personTimes")).isEqualTo(2);

      execute(db, "update person set org_unit_id = (select id from org_unit where code = ?) where phone = ?", VILLAGE_B,
          "19910000001");
      execute(db, "update person set departed_at = now() where phone = ?", "19910000002");
      JsonObject after = Api.post("/api/plans/" + plan + "/recompute", Tokens.of(ADMIN)).object();

      assertThat(figures(after).getInt("required")).as("the departed leaves the denominator").isEqualTo((int) everyone - 1);
      assertThat(figures(after).getInt("left")).isEqualTo(1);
      assertThat(figures(after).getInt("completed")).isEqualTo(1);
      assertChildrenAddUp(after);
      JsonObject villageA = child(after, VILLAGE_A);
      JsonObject villageB = child(after, VILLAGE_B);
      assertThat(villageA.getInt("required")).as("mover and departed both gone from A").isZero();
      assertThat(villageA.getInt("left")).isEqualTo(1);
      assertThat(villageB.getInt("required")).as("the mover counts at their new village").isEqualTo(2);
      assertThat(villageB.getInt("movedIn")).isEqualTo(1);
      assertThat(requiredByChild(after)).isEqualTo(servingByChild(db));
      assertThat(after.getJsonObject("fullCoverage").getBoolean("covered")).isFalse();
      assertThat(after.getJsonObject("fullCoverage").getInt("peopleMissing")).isEqualTo((int) everyone - 2);

      JsonObject missingB = Api.get("/api/plans/%d/coverage/missing?unit=%s".formatted(plan, VILLAGE_B), Tokens.of(ADMIN)).object();
      assertThat(missingB.getInt("total")).isEqualTo(2);
      JsonObject gaps = Api.get("/api/plans/%d/coverage/villages-missing-secretary?unit=%s&size=200".formatted(plan, TOWNSHIP),
          Tokens.of(ADMIN)).object();
      assertThat(gaps.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("villageCode")))
          .contains(VILLAGE_B).doesNotContain(LEARNER_VILLAGE);
      JsonObject laggards = Api.get("/api/plans/%d/coverage/laggard-villages?unit=%s&threshold=1&size=200".formatted(plan, TOWNSHIP),
          Tokens.of(ADMIN)).object();
      assertThat(laggards.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("villageCode")))
          .contains(VILLAGE_B).doesNotContain(VILLAGE_A);

      JsonObject mine = Api.get("/api/plans/mine", Tokens.of("learner")).array().stream().map(p -> p.asJsonObject())
          .filter(p -> p.getJsonObject("plan").getJsonNumber("id").longValue() == plan).findFirst().orElseThrow();
      assertThat(mine.getBoolean("completed")).isTrue();
      assertThat(mine.getInt("itemsDone")).isEqualTo(2);

      assertThat(Api.get("/api/plans/%d/coverage?unit=%s".formatted(plan, DANCHENG), Tokens.of(ADMIN)).status())
          .as("taikang-admin never reads 郸城县").isEqualTo(403);
      assertThat(Api.get("/api/plans/" + plan, Tokens.of("dancheng-admin")).status()).isEqualTo(404);
      assertThat(Api.get("/api/plans/%d/coverage".formatted(plan), Tokens.of("dancheng-admin")).status()).isEqualTo(404);
      JsonObject city = Api.get("/api/plans/%d/coverage?unit=411627000000".formatted(plan), Tokens.of("city-admin")).object();
      assertThat(figures(city).getInt("required")).as("the city sees all").isEqualTo((int) everyone - 1);

      int version = Api.get("/api/org/units/" + VILLAGE_B, Tokens.of(ADMIN)).object().getInt("version");
      Api.Answer moved = Api.postJson("/api/org/units/" + VILLAGE_B + "/move", Tokens.of(ADMIN),
          "{\"version\":%d,\"target\":\"%s\"}".formatted(version, OTHER_TOWNSHIP));
      assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
      JsonObject county = Api.get("/api/plans/%d/coverage?unit=411627000000".formatted(plan), Tokens.of(ADMIN)).object();
      assertThat(figures(county).getInt("required")).as("a village moved out of the plan's township takes its people along")
          .isEqualTo((int) everyone - 3);
      assertThat(figures(county).getInt("left")).isEqualTo(3);
      assertThat(figures(coverage(plan, null)).getInt("required")).isEqualTo((int) everyone - 3);
      assertChildrenAddUp(coverage(plan, null));
      execute(db, "delete from training_plan where id = ?", plan);
    }
  }

  /** The whole demo city: the roster matches the org tables county by county; the times are printed, not judged. */
  @Test
  void aSessionAttendedAndATestPassedCountTheMomentTheyAreRecorded() {
    CourseWithTest test = CourseCompletions.courseWithRequiredTest("覆盖测验课程", BigDecimal.ONE);
    long session = OpenSessions.publish(OpenSessions.startedNow("覆盖补训课", "CENTRALIZED")
        .add("additions", Json.createArrayBuilder().add(CourseCompletions.LEARNER)));
    long plan = createPlan(ADMIN, TOWNSHIP, Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("kind", "SESSION").add("id", session))
        .add(Json.createObjectBuilder().add("kind", "TEST").add("id", test.paperId())));
    Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of(ADMIN));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(figures(coverage(plan, LEARNER_VILLAGE)).getInt("personTimes")).isZero();

    long occurrence = OpenSessions.firstOccurrence(session);
    String code = OpenSessions.code(session, occurrence);
    for (int scan = 0; scan < 2; scan++) { // a second scan is no second attendance
      Api.Answer signedIn = Api.postJson("/api/attendance/sign-in", Tokens.of(CourseCompletions.LEARNER),
          "{\"code\":\"" + code + "\"}");
      assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    }
    JsonObject attended = figures(coverage(plan, LEARNER_VILLAGE));
    assertThat(attended.getInt("started")).as("the sign-in counts without a recompute").isEqualTo(1);
    assertThat(attended.getInt("personTimes")).isEqualTo(1);
    assertThat(attended.getInt("completed")).isZero();
    JsonObject mine = Api.get("/api/plans/mine", Tokens.of(CourseCompletions.LEARNER)).array().stream()
        .map(p -> p.asJsonObject()).filter(p -> p.getJsonObject("plan").getJsonNumber("id").longValue() == plan)
        .findFirst().orElseThrow();
    assertThat(mine.getJsonArray("items").stream().map(i -> i.asJsonObject())
        .map(i -> i.getString("kind") + ":" + i.getString("title") + ":" + i.containsKey("doneAt")))
        .as("the learner sees each item by title, and which is done")
        .containsExactly("SESSION:" + sessionTitle(session) + ":true", "TEST:结业测试 " + test.title() + ":false");

    CourseCompletions.passTest(test);
    JsonObject passed = figures(coverage(plan, LEARNER_VILLAGE));
    assertThat(passed.getInt("completed")).as("the pass completes the plan at once").isEqualTo(1);
    assertThat(passed.getInt("personTimes")).isEqualTo(2);
    Api.Answer recompute = Api.post("/api/plans/" + plan + "/recompute", Tokens.of(ADMIN));
    assertThat(recompute.status()).as(recompute.toString()).isEqualTo(200);
    JsonObject recounted = figures(coverage(plan, LEARNER_VILLAGE));
    assertThat(recounted.getInt("completed")).as("recounting finds the same").isEqualTo(1);
    assertThat(recounted.getInt("personTimes")).isEqualTo(2);
  }

  @Test
  void aCityPlanAddsUpCountyByCounty() throws SQLException {
    try (Connection db = AppDatabase.connect()) {
      long plan = createPlan("city-admin", CITY, PublishedCourses.create("全市覆盖", BigDecimal.ONE, video(60)));
      long started = System.nanoTime();
      Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of("city-admin"));
      long publishMillis = (System.nanoTime() - started) / 1_000_000;
      assertThat(published.status()).as(published.toString()).isEqualTo(200);

      coverage(plan, null, "city-admin");
      started = System.nanoTime();
      JsonObject city = coverage(plan, null, "city-admin");
      long cityMillis = (System.nanoTime() - started) / 1_000_000;
      started = System.nanoTime();
      coverage(plan, TOWNSHIP, "city-admin");
      long townshipMillis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("coverage: city plan of %d people published in %d ms; city report %d ms, township %d ms%n",
          figures(city).getInt("required"), publishMillis, cityMillis, townshipMillis);

      assertThat(city.getString("unitCode")).isEqualTo(CITY);
      assertChildrenAddUp(city);
      assertThat(requiredByChild(city)).isEqualTo(servingByChild(db, CITY));
      execute(db, "delete from training_plan where id = ?", plan);
    }
  }

  @Test
  void aDraftIsRewrittenAndDeletedAndABadPlanIsAProblem() {
    long plan = createPlan(PublishedCourses.create("草稿课程", BigDecimal.ONE, video(60)));
    Api.Answer invalid = Api.putJson("/api/plans/" + plan, Tokens.of(ADMIN), planJson("倒序期间", "2026-12-31", "2026-01-01", 1));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(invalid.object().getString("type")).endsWith("invalid-plan");

    assertThat(Api.delete("/api/plans/" + plan, Tokens.of("dancheng-admin")).status()).isEqualTo(404);
    assertThat(Api.delete("/api/plans/" + plan, Tokens.of(ADMIN)).status()).isEqualTo(204);
    assertThat(Api.get("/api/plans/" + plan, Tokens.of(ADMIN)).status()).isEqualTo(404);
  }

  private static String sessionTitle(long session) {
    return Api.get("/api/sessions/" + session, Tokens.of("trainer")).object().getString("title");
  }

  private static long createPlan(Course... courses) {
    return createPlan(ADMIN, TOWNSHIP, courses);
  }

  private static long createPlan(String admin, String unit, Course... courses) {
    return createPlan(admin, unit, TestPlans.courses(courses));
  }

  private static long createPlan(String admin, String unit, JsonArrayBuilder items) {
    return TestPlans.create(admin, TestPlans.draft("覆盖率测试计划", unit, items).add("kind", "FIVE_STAR"));
  }

  private static String planJson(String name, String from, String to, long courseId) {
    JsonArrayBuilder items = Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "COURSE").add("id", courseId));
    return TestPlans.draft(name, TOWNSHIP, items).add("startsOn", from).add("endsOn", to).add("deadline", to)
        .build().toString();
  }

  private static JsonObject coverage(long plan, String unit) {
    return coverage(plan, unit, ADMIN);
  }

  private static JsonObject coverage(long plan, String unit, String admin) {
    Api.Answer answer = Api.get("/api/plans/%d/coverage%s".formatted(plan, unit == null ? "" : "?unit=" + unit), Tokens.of(admin));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static JsonObject figures(JsonObject coverage) {
    return coverage.getJsonObject("figures");
  }

  private static JsonObject child(JsonObject coverage, String code) {
    return coverage.getJsonArray("children").stream().map(c -> c.asJsonObject())
        .filter(c -> c.getString("unitCode").equals(code)).findFirst().orElseThrow().getJsonObject("figures");
  }

  /** Children add up to their parent in every figure, and every rate lies within 0 and 1. */
  private static void assertChildrenAddUp(JsonObject coverage) {
    JsonObject parent = figures(coverage);
    for (String figure : new String[] {"required", "completed", "started", "personTimes", "left"}) {
      int sum = coverage.getJsonArray("children").stream()
          .mapToInt(c -> c.asJsonObject().getJsonObject("figures").getInt(figure)).sum();
      assertThat(sum).as(figure).isEqualTo(parent.getInt(figure));
    }
    coverage.getJsonArray("children").forEach(c -> assertThat(c.asJsonObject().getJsonObject("figures")
        .getJsonNumber("rate").bigDecimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
  }

  private static Map<String, Long> requiredByChild(JsonObject coverage) {
    Map<String, Long> required = new HashMap<>();
    coverage.getJsonArray("children").forEach(c -> {
      long count = c.asJsonObject().getJsonObject("figures").getInt("required");
      if (count > 0) {
        required.put(c.asJsonObject().getString("unitCode"), count);
      }
    });
    return required;
  }

  private static Map<String, Long> servingByChild(Connection db) throws SQLException {
    return servingByChild(db, TOWNSHIP);
  }

  /** The independent count: serving people under a unit by the unit one level down, from the org tables. */
  private static Map<String, Long> servingByChild(Connection db, String unit) throws SQLException {
    String path = "select path from org_unit where code = '" + unit + "'";
    try (PreparedStatement query = db.prepareStatement("""
        select coalesce(nullif(substr(u.path, length((%1$s)) + 1, 12), ''), '%2$s'), count(*)
        from person p join org_unit u on u.id = p.org_unit_id
        where u.path like (%1$s) || '%%' and p.departed_at is null group by 1
        """.formatted(path, unit)); ResultSet rows = query.executeQuery()) {
      Map<String, Long> counts = new HashMap<>();
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
      return counts;
    }
  }
}
