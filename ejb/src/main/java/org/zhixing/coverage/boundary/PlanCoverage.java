package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.CoverageSums.Pending;
import org.zhixing.coverage.control.CoverageSums.VillageFigures;
import org.zhixing.coverage.control.CoverageSums.VillageGap;
import org.zhixing.coverage.control.Figures;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.ReportUnits;
import org.zhixing.coverage.control.RosterResolver;
import org.zhixing.coverage.control.RosterSource;
import org.zhixing.coverage.control.SnapshotStore;
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
  @Inject SnapshotStore snapshots;
  @Inject ReportUnits units;

  /** One unit's coverage; {@code secretariesMissing} is null when the plan is not meant for party secretaries. */
  public record Report(TrainingPlan plan, UnitRef unit, Figures figures, List<UnitFigures> children,
      Map<String, Figures> byPosition, Map<String, Figures> byCategory, boolean fullyCovered, long peopleMissing,
      Long secretariesMissing) {}

  public record UnitRef(String code, String name) {}

  public record UnitFigures(UnitRef unit, Figures figures) {}

  public record PendingPerson(Pending person, String unitName) {}

  public record Village(UnitRef village, boolean weakAndLax, boolean hasSecretary, Figures figures) {}

  public Report report(Caller caller, long planId, String unitCode) {
    return report(caller, planId, unitCode, null);
  }

  /**
   * One unit's coverage as the snapshot of {@code month} kept it (live for null): the same sums over the copied lines,
   * so a past month's report comes out as it did then; unit names are today's. No snapshot: {@code snapshot-not-found}.
   */
  public Report report(Caller caller, long planId, String unitCode, YearMonth month) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    OrgUnit unit = units.unitOf(caller, plan, unitCode);
    RosterSource roster = snapshots.rosterOf(planId, month);
    Figures figures = sums.of(roster, unit.path());
    Map<String, Figures> children = sums.byChild(roster, unit.path(), unit.code());
    Map<String, String> names = org.unitNames(children.keySet());
    Long secretariesMissing = RosterResolver.countsSecretaries(plan.audience())
        ? sums.villagesWithoutTrainedSecretary(roster, unit.path(), new PageRequest(1, 1)).total() : null;
    boolean fullyCovered = figures.allCompleted() && (secretariesMissing == null || secretariesMissing == 0);
    return new Report(plan, new UnitRef(unit.code(), unit.name()),
        figures,
        children.entrySet().stream()
            .map(child -> new UnitFigures(new UnitRef(child.getKey(), names.get(child.getKey())), child.getValue()))
            .toList(),
        sums.byPosition(roster, unit.path()), sums.byCategory(roster, unit.path()),
        fullyCovered, figures.required() - figures.completed(), secretariesMissing);
  }

  /** The required people not completed ({@code notStartedOnly}: not started), weak-and-lax villages first. */
  public Page<PendingPerson> pending(Caller caller, long planId, String unitCode, boolean notStartedOnly, PageRequest page) {
    return pending(caller, planId, unitCode, notStartedOnly, page, null);
  }

  /** The required people not completed at the snapshot of {@code month} (live for null). */
  public Page<PendingPerson> pending(Caller caller, long planId, String unitCode, boolean notStartedOnly, PageRequest page,
      YearMonth month) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    String path = units.unitOf(caller, plan, unitCode).path();
    Page<Pending> people = sums.pending(snapshots.rosterOf(planId, month), path, notStartedOnly, page);
    Map<String, String> names = org.unitNames(people.items().stream().map(Pending::unitCode).distinct().toList());
    return people.map(person -> new PendingPerson(person, names.get(person.unitCode())));
  }

  /** Villages whose party secretary has not completed the plan (or which have none on its roster). */
  public Page<Village> villagesMissingSecretary(Caller caller, long planId, String unitCode, PageRequest page) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    String path = units.unitOf(caller, plan, unitCode).path();
    Page<VillageGap> gaps = sums.villagesWithoutTrainedSecretary(RosterSource.live(planId), path, page);
    Map<String, String> names = org.unitNames(gaps.items().stream().map(VillageGap::villageCode).toList());
    return gaps.map(gap -> new Village(new UnitRef(gap.villageCode(), names.get(gap.villageCode())), gap.weakAndLax(),
        gap.hasSecretary(), null));
  }

  /** Villages below {@code threshold} (0 to 1), weak-and-lax first, then the lowest rate. */
  public Page<Village> laggardVillages(Caller caller, long planId, String unitCode, BigDecimal threshold, PageRequest page) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    String path = units.unitOf(caller, plan, unitCode).path();
    Page<VillageFigures> villages = sums.villagesBelow(RosterSource.live(planId), path, threshold, page);
    Map<String, String> names = org.unitNames(villages.items().stream().map(VillageFigures::villageCode).toList());
    return villages.map(v -> new Village(new UnitRef(v.villageCode(), names.get(v.villageCode())), v.weakAndLax(), true,
        v.figures()));
  }

}
