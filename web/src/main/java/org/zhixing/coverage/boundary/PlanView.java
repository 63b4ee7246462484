package org.zhixing.coverage.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.platform.audience.AudienceRule;

/** A plan as the API shows it. */
public record PlanView(long id, String name, String kind, LocalDate startsOn, LocalDate endsOn, LocalDate deadline,
    AudienceView audience, BigDecimal minCreditHours, BigDecimal targetRate, List<ItemView> items, String status,
    Instant publishedAt, String createdBy) {

  public record AudienceView(String unitCode, Set<String> positions, boolean weakAndLaxOnly, Set<Integer> starTargets) {}

  /** A required item; {@code title} is null when its course, session or paper is gone. */
  public record ItemView(String kind, long id, String title) {}

  static PlanView of(TrainingPlan plan, Map<PlanItem, String> titles) {
    AudienceRule rule = plan.audience();
    return new PlanView(plan.id(), plan.name(), plan.kind().name(), plan.startsOn(), plan.endsOn(), plan.deadline(),
        new AudienceView(rule.unitCode(), rule.positions(), rule.weakAndLaxOnly(), rule.starTargets()),
        plan.minCreditHours(), plan.targetRate(),
        plan.items().stream().map(item -> new ItemView(item.kind().name(), item.refId(), titles.get(item)))
            .sorted(Comparator.comparing(ItemView::kind).thenComparing(ItemView::id)).toList(),
        plan.status().name(), plan.publishedAt(), plan.createdBy());
  }
}
