package org.zhixing.coverage.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.zhixing.platform.audience.AudienceRule;

/**
 * What a planner writes of a plan; {@link #validate()} says which field does not make sense. {@code targetRate} is the
 * completed share the department aims at (0 to 1, four places), drawn beside the figures.
 */
public record PlanDetails(String name, PlanKind kind, LocalDate startsOn, LocalDate endsOn, LocalDate deadline,
    AudienceRule audience, BigDecimal minCreditHours, BigDecimal targetRate, Set<PlanItem> items) {

  public PlanDetails {
    items = items == null ? Set.of() : Set.copyOf(items);
  }

  void validate() {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new InvalidPlanException("name");
    }
    if (kind == null) {
      throw new InvalidPlanException("kind");
    }
    if (startsOn == null || endsOn == null || startsOn.isAfter(endsOn)) {
      throw new InvalidPlanException("period");
    }
    if (deadline == null || deadline.isBefore(startsOn)) {
      throw new InvalidPlanException("deadline");
    }
    if (audience == null) {
      throw new InvalidPlanException("audience-unit");
    }
    if (minCreditHours == null || minCreditHours.signum() < 0 || minCreditHours.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      throw new InvalidPlanException("minCreditHours");
    }
    if (targetRate == null || targetRate.signum() < 0 || targetRate.compareTo(BigDecimal.ONE) > 0
        || targetRate.stripTrailingZeros().scale() > 4) {
      throw new InvalidPlanException("targetRate");
    }
    if (items.isEmpty()) {
      throw new InvalidPlanException("items");
    }
  }
}
