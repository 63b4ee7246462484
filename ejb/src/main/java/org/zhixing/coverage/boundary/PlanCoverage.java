package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.CoverageSums.Pending;
import org.zhixing.coverage.control.CoverageSums.VillageFigures;
import org.zhixing.coverage.control.CoverageSums.VillageGap;
import org.zhixing.coverage.control.Figures;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.RosterResolver;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/**
 * The coverage a plan produced in one unit of the caller's subtree: its figures, those of the units one level down,
 * by post and by village category, whether it is fully covered (全覆盖) and who or which villages keep it from being;
 * and the laggards. A unit outside the caller's subtree is {@code out-of-scope}, a plan they may not see not found.
 */
@Stateless
public class PlanCoverage {

  @Inject PlanAccess access;
  @Inject OrgDirectory org;
  @Inject CoverageSums sums;

  /** One unit's coverage; {@code secretariesMissing} is null when the plan is not meant for party secretaries. */
  public record Report(TrainingPlan plan, UnitRef unit, Figures figures, List<UnitFigures> children,
      Map<String, Figures> byPosition, Map<String, Figures> byCategory, boolean fullyCovered, long peopleMissing,
      Long secretariesMissing) {}

  public record UnitRef(String code, String name) {}

  public record UnitFigures(UnitRef unit, Figures figures) {}

  public record PendingPerson(Pending person, String unitName) {}

  public record Village(UnitRef village, boolean weakAndLax, boolean hasSecretary, Figures figures) {}

  public Report report(Caller caller, long planId, String unitCode) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    OrgUnit unit = unitOf(caller, plan, unitCode);
    Figures figures = sums.of(planId, unit.path());
    Map<String, Figures> children = sums.byChild(planId, unit.path(), unit.code());
    Map<String, String> names = org.unitNames(children.keySet());
    Long secretariesMissing = RosterResolver.countsSecretaries(plan.audience())
        ? sums.villagesWithoutTrainedSecretary(planId, unit.path(), new PageRequest(1, 1)).total() : null;
    boolean fullyCovered = figures.allCompleted() && (secretariesMissing == null || secretariesMissing == 0);
    return new Report(plan, new UnitRef(unit.code(), unit.name()),
        figures,
        children.entrySet().stream()
            .map(child -> new UnitFigures(new UnitRef(child.getKey(), names.get(child.getKey())), child.getValue()))
            .toList(),
        sums.byPosition(planId, unit.path()), sums.byCategory(planId, unit.path()),
        fullyCovered, figures.required() - figures.completed(), secretariesMissing);
  }

  /** The required people not completed ({@code notStartedOnly}: not started), weak-and-lax villages first. */
  public Page<PendingPerson> pending(Caller caller, long planId, String unitCode, boolean notStartedOnly, PageRequest page) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    Page<Pending> people = sums.pending(planId, unitOf(caller, plan, unitCode).path(), notStartedOnly, page);
    Map<String, String> names = org.unitNames(people.items().stream().map(Pending::unitCode).distinct().toList());
    return people.map(person -> new PendingPerson(person, names.get(person.unitCode())));
  }

  /** Villages whose party secretary has not completed the plan (or which have none on its roster). */
  public Page<Village> villagesMissingSecretary(Caller caller, long planId, String unitCode, PageRequest page) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    Page<VillageGap> gaps = sums.villagesWithoutTrainedSecretary(planId, unitOf(caller, plan, unitCode).path(), page);
    Map<String, String> names = org.unitNames(gaps.items().stream().map(VillageGap::villageCode).toList());
    return gaps.map(gap -> new Village(new UnitRef(gap.villageCode(), names.get(gap.villageCode())), gap.weakAndLax(),
        gap.hasSecretary(), null));
  }

  /** Villages below {@code threshold} (0 to 1), weak-and-lax first, then the lowest rate. */
  public Page<Village> laggardVillages(Caller caller, long planId, String unitCode, BigDecimal threshold, PageRequest page) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    Page<VillageFigures> villages = sums.villagesBelow(planId, unitOf(caller, plan, unitCode).path(), threshold, page);
    Map<String, String> names = org.unitNames(villages.items().stream().map(VillageFigures::villageCode).toList());
    return villages.map(v -> new Village(new UnitRef(v.villageCode(), names.get(v.villageCode())), v.weakAndLax(), true,
        v.figures()));
  }

  private OrgUnit unitOf(Caller caller, TrainingPlan plan, String unitCode) {
    return access.unitOf(caller, plan, unitCode);
  }
}
