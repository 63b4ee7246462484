package org.zhixing.coverage.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhixing.platform.audience.AudienceRule;
import org.zhixing.platform.audience.InvalidAudienceException;

class TrainingPlanTest {

  private static final AudienceRule TAIKANG = new AudienceRule("411627000000", Set.of(), false, Set.of());
  private static final Set<PlanItem> ONE_COURSE = Set.of(new PlanItem(PlanItemKind.COURSE, 7));

  @Test
  void aPlanIsSeenInsideItsSubtreeAndByAdminsBelowIt() {
    TrainingPlan plan = plan(details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ONE_COURSE));

    assertThat(plan.liesWithin("/411600000000/")).isTrue();
    assertThat(plan.concerns("/411600000000/411627000000/411627101000/")).as("a township admin reads its part").isTrue();
    assertThat(plan.liesWithin("/411600000000/411627000000/411627101000/")).as("but may not change it").isFalse();
    assertThat(plan.concerns("/411600000000/411625000000/")).as("another county").isFalse();
  }

  @Test
  void aPeriodRunningBackwardsOrAPlanWithoutItemsIsRefused() {
    assertThatThrownBy(() -> plan(details(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), ONE_COURSE)))
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("period");
    assertThatThrownBy(() -> plan(details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Set.of())))
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("items");
  }

  @Test
  void aTargetRateOutsideZeroToOneOrFinerThanFourPlacesIsRefused() {
    for (String bad : new String[] {"-0.01", "1.0001", "0.12345"}) {
      PlanDetails details = details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ONE_COURSE);
      PlanDetails withBadTarget = new PlanDetails(details.name(), details.kind(), details.startsOn(), details.endsOn(),
          details.deadline(), details.audience(), details.minCreditHours(), new BigDecimal(bad), details.items());
      assertThatThrownBy(() -> plan(withBadTarget)).as(bad)
          .isInstanceOf(InvalidPlanException.class).hasMessageContaining("targetRate");
    }
    assertThat(plan(details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ONE_COURSE)).targetRate())
        .isEqualByComparingTo("0.95");
  }

  @Test
  void aPublishedPlanKeepsItsRule() {
    TrainingPlan plan = plan(details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ONE_COURSE));
    plan.publish(Instant.now());

    assertThatThrownBy(() -> plan.describe(details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), ONE_COURSE), "/x/"))
        .isInstanceOf(PlanPublishedException.class);
  }

  @Test
  void starTargetsOutsideOneToFiveAreRefused() {
    assertThatThrownBy(() -> new AudienceRule("411627000000", Set.of(), false, Set.of(6)))
        .isInstanceOf(InvalidAudienceException.class).hasMessageContaining("audience-stars");
  }

  private static PlanDetails details(LocalDate from, LocalDate to, Set<PlanItem> items) {
    return new PlanDetails("五星创建专项培训", PlanKind.FIVE_STAR, from, to, to, TAIKANG, BigDecimal.ONE,
        new BigDecimal("0.95"), items);
  }

  private static TrainingPlan plan(PlanDetails details) {
    TrainingPlan plan = new TrainingPlan("taikang-admin", Instant.now());
    plan.describe(details, "/411600000000/411627000000/");
    return plan;
  }
}
