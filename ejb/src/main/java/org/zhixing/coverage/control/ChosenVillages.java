package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.zhixing.coverage.entity.PlanStatus;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * The villages a supervision action is about: the ones an admin named, each a village of their subtree inside the
 * plan's unit; or by default the laggard list's villages of a unit (below a threshold, weak-and-lax first).
 */
@ApplicationScoped
public class ChosenVillages {

  @Inject OrgDirectory org;
  @Inject ReportUnits units;
  @Inject CoverageSums sums;

  /** Villages named by code: outside the caller's subtree {@code out-of-scope}, outside the plan refused. */
  public List<OrgUnit> named(Caller caller, TrainingPlan plan, Collection<String> codes) {
    requirePublished(plan);
    if (codes.isEmpty()) {
      throw new NoVillagesChosenException(plan.audience().unitCode());
    }
    return codes.stream().distinct().map(code -> {
      OrgUnit village = org.visibleUnit(caller, code);
      if (!village.kind().isGrassroots() || !village.path().startsWith(plan.audiencePath())) {
        throw new VillageOutsidePlanException(code, plan.id());
      }
      return village;
    }).toList();
  }

  /** The codes of the villages of the unit (default: the plan's or the caller's) below {@code threshold}. */
  public List<String> below(Caller caller, TrainingPlan plan, String unitCode, BigDecimal threshold) {
    requirePublished(plan);
    OrgUnit unit = units.unitOf(caller, plan, unitCode);
    List<String> codes = sums.villageCodesBelow(RosterSource.live(plan.id()), unit.path(), threshold);
    if (codes.isEmpty()) {
      throw new NoVillagesChosenException(unit.code());
    }
    return codes;
  }

  private static void requirePublished(TrainingPlan plan) {
    if (plan.status() != PlanStatus.PUBLISHED) {
      throw new PlanNotPublishedException(plan.id());
    }
  }
}
