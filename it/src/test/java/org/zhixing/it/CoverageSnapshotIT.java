package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.AppDatabase.execute;
import static org.zhixing.it.PublishedCourses.LessonSpec.video;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.it.PublishedCourses.Course;

/**
 * Rankings (比学赶超), the month's movement and monthly snapshots through the API, on plans of the test's own over the
 * demo people (left as found: the learner completes courses made for the run). A snapshot keeps the month's figures
 * while the live ones move on; rankings match a count straight from the org tables; scope is that of the coverage.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageSnapshotIT {

  private static final String ADMIN = "taikang-admin";
  private static final String TAIKANG = "411627000000";
  private static final String LEARNER_TOWNSHIP = "411627101000";
  private static final String LEARNER_VILLAGE = "411627101201";
  private static final String DANCHENG = "411625000000";
  private static final String CITY = "411600000000";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aSnapshotKeepsTheMonthWhileTheLiveFiguresMoveOnAndRankingsAndMovementCountTheCompletion() throws SQLException {
    try (Connection db = AppDatabase.connect()) {
      Course first = PublishedCourses.create("快照课程一", new BigDecimal("1.5"), video(60));
      Course second = PublishedCourses.create("快照课程二", new BigDecimal("2"), video(60));
      long plan = createPlan(ADMIN, TAIKANG, "0.9", first, second);
      assertThat(Api.get("/api/plans/" + plan, Tokens.of(ADMIN)).object().getJsonNumber("targetRate").bigDecimalValue())
          .isEqualByComparingTo("0.9");
      Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of(ADMIN));
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      int roster = published.object().getInt("rosterSize");
      String month = YearMonth.now(BEIJING).toString();

      TestPlans.complete(first);
      Api.Answer taken = Api.post("/api/plans/%d/snapshots".formatted(plan), Tokens.of(ADMIN));
      assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
      assertThat(taken.object().getString("month")).isEqualTo(month);
      assertThat(taken.object().getBoolean("automatic")).isFalse();
      assertThat(taken.object().getInt("rosterLines")).isEqualTo(roster);
      TestPlans.complete(second);

      JsonObject live = get("/api/plans/%d/coverage?unit=%s".formatted(plan, LEARNER_VILLAGE));
      JsonObject kept = get("/api/plans/%d/snapshots/%s/coverage?unit=%s".formatted(plan, month, LEARNER_VILLAGE));
      assertThat(figures(live).getInt("completed")).isEqualTo(1);
      assertThat(figures(live).getInt("personTimes")).isEqualTo(2);
      assertThat(figures(kept).getInt("completed")).as("the snapshot keeps the figures it was taken with").isZero();
      assertThat(figures(kept).getInt("started")).isEqualTo(1);
      assertThat(figures(kept).getInt("personTimes")).isEqualTo(1);
      assertThat(figures(kept).getInt("required")).isEqualTo(figures(live).getInt("required"));
      assertThat(get("/api/plans/%d/snapshots/%s/coverage".formatted(plan, month)).getJsonArray("children"))
          .as("a snapshot's report has the live report's shape").isNotEmpty();
      assertThat(pendingNames("/api/plans/%d/snapshots/%s/coverage/missing?unit=%s&size=100".formatted(plan, month,
          LEARNER_VILLAGE))).contains(learnerName(db));
      assertThat(pendingNames("/api/plans/%d/coverage/missing?unit=%s&size=100".formatted(plan, LEARNER_VILLAGE)))
          .doesNotContain(learnerName(db));

      JsonObject movement = get("/api/plans/%d/movement".formatted(plan));
      assertThat(movement.getString("unitCode")).isEqualTo(TAIKANG);
      assertThat(movement.getString("month")).isEqualTo(month);
      assertThat(movement.getInt("completed")).isEqualTo(1);
      assertThat(movement.getInt("started")).isEqualTo(1);
      assertThat(movement.getInt("personTimes")).isEqualTo(2);
      assertThat(movement.getJsonNumber("creditHours").bigDecimalValue()).isEqualByComparingTo("3.5");
      assertThat(movement.getJsonNumber("rateAtMonthStart").bigDecimalValue()).isEqualByComparingTo("0");
      assertThat(movement.getJsonNumber("rate").bigDecimalValue())
          .isEqualByComparingTo(figures(get("/api/plans/%d/coverage".formatted(plan))).getJsonNumber("rate").bigDecimalValue());
      JsonArray days = movement.getJsonArray("days");
      assertThat(days).hasSize(LocalDate.now(BEIJING).getDayOfMonth());
      JsonObject today = days.getJsonObject(days.size() - 1);
      assertThat(today.getString("day")).isEqualTo(LocalDate.now(BEIJING).toString());
      assertThat(today.getInt("completed")).isEqualTo(1);
      assertThat(today.getInt("personTimes")).isEqualTo(2);

      JsonObject ranking = get("/api/plans/%d/rankings?level=TOWNSHIP".formatted(plan));
      assertThat(ranking.getString("unitCode")).isEqualTo(TAIKANG);
      assertThat(ranking.getJsonNumber("targetRate").bigDecimalValue()).isEqualByComparingTo("0.9");
      assertThat(requiredByUnit(ranking)).isEqualTo(servingBy(db, TAIKANG, 4));
      JsonObject leader = ranking.getJsonArray("entries").getJsonObject(0);
      assertThat(leader.getString("unitCode")).as("the only township with a completion leads").isEqualTo(LEARNER_TOWNSHIP);
      assertThat(leader.getString("parentCode")).isEqualTo(TAIKANG);
      assertThat(leader.getInt("rankByRate")).isEqualTo(1);
      assertThat(leader.getInt("rankByProgress")).isEqualTo(1);
      assertThat(leader.getInt("monthCompleted")).isEqualTo(1);
      assertThat(ranking.getJsonArray("entries").stream().skip(1).map(e -> e.asJsonObject().getInt("rankByRate")))
          .as("everyone else ties at zero, second").containsOnly(2);

      JsonObject trend = get("/api/plans/%d/trend?unit=%s".formatted(plan, LEARNER_VILLAGE));
      JsonArray points = trend.getJsonArray("points");
      assertThat(points).hasSize(2);
      assertThat(points.getJsonObject(0).getBoolean("live")).isFalse();
      assertThat(figures(points.getJsonObject(0)).getInt("completed")).isZero();
      assertThat(points.getJsonObject(1).getBoolean("live")).isTrue();
      assertThat(figures(points.getJsonObject(1)).getInt("completed")).isEqualTo(1);

      String lastMonth = YearMonth.now(BEIJING).minusMonths(1).toString();
      String[] someone = doneLastMonth(db, plan, first, second);
      Api.Answer past = Api.post("/api/plans/%d/snapshots/%s".formatted(plan, lastMonth), Tokens.of(ADMIN));
      assertThat(past.status()).as(past.toString()).isEqualTo(201);
      assertThat(past.object().getInt("rosterLines")).as("the roster picked at publishing counts from the period's start")
          .isEqualTo(roster);
      JsonObject pastUnit = get("/api/plans/%d/snapshots/%s/coverage?unit=%s".formatted(plan, lastMonth, someone[1]));
      assertThat(figures(pastUnit).getInt("completed")).as("done last month: completed as of its end").isEqualTo(1);
      assertThat(figures(pastUnit).getInt("personTimes")).isEqualTo(2);
      assertThat(figures(get("/api/plans/%d/snapshots/%s/coverage?unit=%s".formatted(plan, lastMonth, LEARNER_VILLAGE)))
          .getInt("started")).as("this month's completions are not in last month's").isZero();
      JsonObject pastRanking = get("/api/plans/%d/rankings?level=TOWNSHIP&month=%s".formatted(plan, lastMonth));
      assertThat(pastRanking.getJsonArray("entries").getJsonObject(0).getString("unitCode")).isEqualTo(someone[2]);
      assertThat(pastRanking.getJsonArray("entries").getJsonObject(0).getInt("monthCompleted")).isEqualTo(1);

      Api.Answer monthEnd = Api.post("/api/plans/month-end-snapshots", Tokens.of("sys-admin"));
      assertThat(monthEnd.status()).as(monthEnd.toString()).isEqualTo(200);
      assertThat(Api.post("/api/plans/month-end-snapshots", Tokens.of(ADMIN)).status()).as("operators only").isEqualTo(403);
      JsonArray snapshots = Api.get("/api/plans/%d/snapshots".formatted(plan), Tokens.of(ADMIN)).array();
      assertThat(snapshots.stream().map(s -> s.asJsonObject().getString("month"))).containsExactly(month, lastMonth);
      assertThat(snapshots.getJsonObject(0).getBoolean("automatic")).as("the month-end run replaced it").isTrue();
      assertThat(snapshots.getJsonObject(1).getBoolean("automatic")).isFalse();
      assertThat(figures(get("/api/plans/%d/snapshots/%s/coverage?unit=%s".formatted(plan, month, LEARNER_VILLAGE)))
          .getInt("completed")).isEqualTo(1);

      assertProblem(Api.get("/api/plans/%d/snapshots/2020-01/coverage".formatted(plan), Tokens.of(ADMIN)), 404,
          "snapshot-not-found");
      assertProblem(Api.get("/api/plans/%d/movement?month=2026-13".formatted(plan), Tokens.of(ADMIN)), 422, "invalid-month");
      assertProblem(Api.get("/api/plans/%d/rankings?month=%s".formatted(plan, YearMonth.now(BEIJING).plusMonths(1)),
          Tokens.of(ADMIN)), 422, "invalid-month");
      assertProblem(Api.get("/api/plans/%d/rankings?level=VILLAGE".formatted(plan), Tokens.of(ADMIN)), 400,
          "invalid-parameter");
      assertProblem(Api.get("/api/plans/%d/rankings?level=COUNTY&unit=%s".formatted(plan, LEARNER_TOWNSHIP),
          Tokens.of(ADMIN)), 422, "invalid-ranking-level");
      assertProblem(Api.get("/api/plans/%d/rankings?unit=%s".formatted(plan, DANCHENG), Tokens.of(ADMIN)), 403,
          "out-of-scope");
      assertProblem(Api.get("/api/plans/%d/trend".formatted(plan), Tokens.of("dancheng-admin")), 404, "plan-not-found");
      assertProblem(Api.post("/api/plans/%d/snapshots".formatted(plan), Tokens.of("dancheng-admin")), 404, "plan-not-found");
      execute(db, "delete from training_plan where id = ?", plan);
    }
  }

  /** A city plan: counties ranked against the org tables; a county admin sees only their townships. Times printed. */
  @Test
  void aCityPlanRanksItsCountiesAndACountyAdminSeesOnlyItsOwnTownships() throws SQLException {
    try (Connection db = AppDatabase.connect()) {
      long plan = createPlan("city-admin", CITY, "0.95", PublishedCourses.create("快照全市", BigDecimal.ONE, video(60)));
      Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of("city-admin"));
      assertThat(published.status()).as(published.toString()).isEqualTo(200);

      get("/api/plans/%d/rankings".formatted(plan), "city-admin");
      long started = System.nanoTime();
      JsonObject counties = get("/api/plans/%d/rankings".formatted(plan), "city-admin");
      long rankingMillis = millisSince(started);
      started = System.nanoTime();
      get("/api/plans/%d/rankings?level=TOWNSHIP".formatted(plan), "city-admin");
      long townshipsMillis = millisSince(started);
      started = System.nanoTime();
      get("/api/plans/%d/movement".formatted(plan), "city-admin");
      long movementMillis = millisSince(started);
      started = System.nanoTime();
      Api.Answer taken = Api.post("/api/plans/%d/snapshots".formatted(plan), Tokens.of("city-admin"));
      long snapshotMillis = millisSince(started);
      assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
      String month = taken.object().getString("month");
      get("/api/plans/%d/snapshots/%s/coverage".formatted(plan, month), "city-admin");
      started = System.nanoTime();
      JsonObject kept = get("/api/plans/%d/snapshots/%s/coverage".formatted(plan, month), "city-admin");
      long keptMillis = millisSince(started);
      started = System.nanoTime();
      get("/api/plans/%d/coverage".formatted(plan), "city-admin");
      long liveMillis = millisSince(started);
      System.out.printf("coverage snapshots: city plan of %d lines; county ranking %d ms, township ranking %d ms, "
              + "movement %d ms, snapshot taken in %d ms, city report from the snapshot %d ms (live: %d ms)%n",
          taken.object().getInt("rosterLines"), rankingMillis, townshipsMillis, movementMillis, snapshotMillis, keptMillis,
          liveMillis);

      assertThat(counties.getString("level")).as("counties by default under the city").isEqualTo("COUNTY");
      assertThat(requiredByUnit(counties)).isEqualTo(servingBy(db, CITY, 3));
      assertThat(figures(kept).getInt("required")).isEqualTo(taken.object().getInt("rosterLines"));

      JsonObject townships = get("/api/plans/%d/rankings".formatted(plan), ADMIN);
      assertThat(townships.getString("unitCode")).as("a county admin reads their county of a city plan").isEqualTo(TAIKANG);
      assertThat(townships.getString("level")).isEqualTo("TOWNSHIP");
      assertThat(townships.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("parentCode")))
          .isNotEmpty().containsOnly(TAIKANG);
      assertThat(requiredByUnit(townships)).isEqualTo(servingBy(db, TAIKANG, 4));
      assertProblem(Api.get("/api/plans/%d/rankings?unit=%s".formatted(plan, DANCHENG), Tokens.of(ADMIN)), 403,
          "out-of-scope");
      assertProblem(Api.get("/api/plans/%d/snapshots/%s/coverage?unit=%s".formatted(plan, month, DANCHENG),
          Tokens.of(ADMIN)), 403, "out-of-scope");
      assertThat(Api.post("/api/plans/%d/snapshots".formatted(plan), Tokens.of(ADMIN)).status())
          .as("a county admin reads a city plan but does not take its snapshots").isEqualTo(404);
      execute(db, "delete from training_plan where id = ?", plan);
    }
  }

  @Test
  void aTargetRateOutsideZeroToOneIsAnInvalidPlan() {
    Course course = PublishedCourses.create("快照目标", BigDecimal.ONE, video(60));
    Api.Answer created = Api.postJson("/api/plans", Tokens.of(ADMIN), plan(TAIKANG, "1.5", course).build().toString());
    assertProblem(created, 422, "invalid-plan");
    assertThat(created.object().getString("detail")).contains("targetRate");
  }

  private static long createPlan(String admin, String unit, String targetRate, Course... courses) {
    return TestPlans.create(admin, plan(unit, targetRate, courses));
  }

  private static JsonObjectBuilder plan(String unit, String targetRate, Course... courses) {
    LocalDate today = LocalDate.now(BEIJING);
    return TestPlans.draft("快照测试计划 " + UUID.randomUUID().toString().substring(0, 8), unit, TestPlans.courses(courses))
        .add("startsOn", today.minusDays(60).toString()).add("endsOn", today.plusDays(60).toString())
        .add("deadline", today.plusDays(30).toString()).add("targetRate", new BigDecimal(targetRate));
  }

  private static JsonObject get(String path) {
    return get(path, ADMIN);
  }

  private static JsonObject get(String path, String user) {
    Api.Answer answer = Api.get(path, Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static JsonObject figures(JsonObject withFigures) {
    return withFigures.getJsonObject("figures");
  }

  private static List<String> pendingNames(String path) {
    return get(path).getJsonArray("items").stream().map(p -> p.asJsonObject().getString("name")).toList();
  }

  private static void assertProblem(Api.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.object().getString("type")).endsWith(type);
  }

  private static Map<String, Long> requiredByUnit(JsonObject ranking) {
    Map<String, Long> required = new HashMap<>();
    ranking.getJsonArray("entries").forEach(e -> {
      long count = figures(e.asJsonObject()).getInt("required");
      if (count > 0) {
        required.put(e.asJsonObject().getString("unitCode"), count);
      }
    });
    return required;
  }

  /** The independent count: serving people under a unit by the code at one part of their unit's path. */
  private static Map<String, Long> servingBy(Connection db, String unit, int pathPart) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("""
        select split_part(u.path, '/', ?), count(*)
        from person p join org_unit u on u.id = p.org_unit_id
        where u.path like (select path from org_unit where code = ?) || '%' and p.departed_at is null
          and split_part(u.path, '/', ?) <> ''
        group by 1
        """)) {
      query.setInt(1, pathPart);
      query.setString(2, unit);
      query.setInt(3, pathPart);
      try (ResultSet rows = query.executeQuery()) {
        Map<String, Long> counts = new HashMap<>();
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
        return counts;
      }
    }
  }

  /**
   * Someone on the roster outside the learner's township did both courses in the middle of last month (Beijing time),
   * as a recompute would have recorded it: their person id, unit code and township code.
   */
  private static String[] doneLastMonth(Connection db, long plan, Course first, Course second) throws SQLException {
    String[] someone;
    try (PreparedStatement query = db.prepareStatement("""
        select person_id, unit_code, split_part(unit_path, '/', 4) from plan_roster
        where plan_id = ? and split_part(unit_path, '/', 4) not in ('', ?) order by person_id limit 1
        """)) {
      query.setLong(1, plan);
      query.setString(2, LEARNER_TOWNSHIP);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        someone = new String[] {rows.getString(1), rows.getString(2), rows.getString(3)};
      }
    }
    Timestamp midLastMonth = Timestamp.from(YearMonth.now(BEIJING).minusMonths(1).atDay(15)
        .atTime(12, 0).atZone(BEIJING).toInstant());
    for (Course course : new Course[] {first, second}) {
      execute(db, """
          insert into plan_item_done (plan_id, person_id, kind, ref_id, done_at, credit_hours)
          values (?, ?, 'COURSE', ?, ?, 1)
          """, plan, Long.parseLong(someone[0]), course.id(), midLastMonth);
    }
    return someone;
  }

  private static String learnerName(Connection db) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("select name from person where username = ?")) {
      query.setString(1, CourseCompletions.LEARNER);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
