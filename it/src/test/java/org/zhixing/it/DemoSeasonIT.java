package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.AppDatabase.count;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo season the server loads at deploy, as the coverage dashboard reads it: the demo plans' city figures show
 * counties apart and weak-and-lax villages behind, within 0–1; and the people with a sign-in account (the demo
 * accounts) count only what tracking recorded for them, so other tests' checks of the demo learner hold; and the past
 * months' snapshots give the trend a history that grows month by month.
 *
 * <p>The IT server loads the season by default, as {@code ./zhixing run} does (it/pom.xml {@code zhixing.it.demo-season}).
 */
@ExtendWith(ArquillianExtension.class)
class DemoSeasonIT {

  private static final String CITY_PLAN = "五星支部创建专项培训";
  private static final String SECRETARIES_PLAN = "2026年度村（社区）党组织书记轮训";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void theCityPlanShowsCountiesApartAndWeakAndLaxVillagesBehind() {
    JsonObject city = Api.get("/api/plans/%d/coverage".formatted(demoPlan(CITY_PLAN)), Tokens.of("city-admin")).object();
    JsonObject figures = city.getJsonObject("figures");
    assertThat(figures.getJsonNumber("required").longValue()).isGreaterThan(30_000);
    assertThat(figures.getJsonNumber("completed").longValue()).isGreaterThan(5_000);
    assertThat(figures.getJsonNumber("started").longValue()).isGreaterThan(figures.getJsonNumber("completed").longValue());
    List<BigDecimal> countyRates = city.getJsonArray("children").stream()
        .map(child -> rate(child.asJsonObject().getJsonObject("figures")))
        .toList();
    assertThat(countyRates).hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(rate -> assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    assertThat(countyRates.stream().max(BigDecimal::compareTo).orElseThrow()
        .subtract(countyRates.stream().min(BigDecimal::compareTo).orElseThrow()))
        .isGreaterThan(new BigDecimal("0.15"));
    JsonObject byCategory = city.getJsonObject("byCategory");
    assertThat(rate(byCategory.getJsonObject("WEAK_AND_LAX")))
        .isLessThan(rate(byCategory.getJsonObject("OTHER")).multiply(new BigDecimal("0.8")));
  }

  @Test
  void theSecretariesCompleteTheirShorterPlanMoreOftenThanTheCityPlan() {
    JsonObject secretaries = Api.get("/api/plans/%d/coverage".formatted(demoPlan(SECRETARIES_PLAN)),
        Tokens.of("city-admin")).object();
    JsonObject byPosition = Api.get("/api/plans/%d/coverage".formatted(demoPlan(CITY_PLAN)), Tokens.of("city-admin"))
        .object().getJsonObject("byPosition");
    assertThat(secretaries.getJsonObject("figures").getJsonNumber("required").longValue()).isBetween(4_000L, 6_000L);
    assertThat(rate(secretaries.getJsonObject("figures")))
        .isGreaterThan(rate(byPosition.getJsonObject("村党组织书记")));
  }

  @Test
  void theTrendHasASnapshotOfEachPastMonthOfTheSeasonGrowingMonthByMonth() {
    JsonObject trend = Api.get("/api/plans/%d/trend".formatted(demoPlan(CITY_PLAN)), Tokens.of("city-admin")).object();
    List<JsonObject> points = trend.getJsonArray("points").stream().map(point -> point.asJsonObject()).toList();
    List<JsonObject> snapshots = points.stream().filter(point -> !point.getBoolean("live")).toList();
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    assertThat(snapshots).extracting(point -> point.getString("month"))
        .containsExactlyElementsOf(Stream.iterate(YearMonth.of(2026, 3), month -> month.isBefore(now),
            month -> month.plusMonths(1)).map(YearMonth::toString).toList());
    List<Long> completed = points.stream()
        .map(point -> point.getJsonObject("figures").getJsonNumber("completed").longValue())
        .toList();
    assertThat(completed).isSorted();
    assertThat(completed.getFirst()).isLessThan(completed.getLast() / 4);
  }

  @Test
  void peopleWithAnAccountCountOnlyWhatTrackingRecordedForThem() throws SQLException {
    try (Connection db = AppDatabase.connect()) {
      assertThat(count(db, """
          select count(*) from plan_roster r join training_plan p on p.id = r.plan_id
          where p.created_by = 'zhixing-demo' and r.username in ('learner', 'trainer')""")).isGreaterThanOrEqualTo(2);
      assertThat(count(db, """
          select count(*) from plan_item_done d
            join plan_roster r on r.plan_id = d.plan_id and r.person_id = d.person_id
            join training_plan p on p.id = d.plan_id
          where p.created_by = 'zhixing-demo' and r.username is not null
            and not exists (select 1 from credit_award a where a.learner = r.username and a.course_id = d.ref_id)
          """)).isZero();
    }
  }

  private static long demoPlan(String name) {
    return Api.get("/api/plans?size=200", Tokens.of("city-admin")).object().getJsonArray("items").stream()
        .map(plan -> plan.asJsonObject())
        .filter(plan -> plan.getString("name").equals(name) && plan.getString("status").equals("PUBLISHED"))
        .findFirst().orElseThrow(() -> new AssertionError("no published demo plan " + name))
        .getJsonNumber("id").longValue();
  }

  private static BigDecimal rate(JsonObject figures) {
    return figures.getJsonNumber("rate").bigDecimalValue();
  }
}
