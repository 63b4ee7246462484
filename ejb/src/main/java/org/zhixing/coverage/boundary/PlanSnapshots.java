package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.zhixing.coverage.boundary.PlanCoverage.UnitRef;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.Figures;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.PlanNotFoundException;
import org.zhixing.coverage.control.PlanNotPublishedException;
import org.zhixing.coverage.control.PlanRepository;
import org.zhixing.coverage.control.ReportUnits;
import org.zhixing.coverage.control.RosterSource;
import org.zhixing.coverage.control.SnapshotStore;
import org.zhixing.coverage.control.SnapshotStore.Snapshot;
import org.zhixing.coverage.entity.PlanStatus;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * Monthly snapshots of a plan's roster (taken at each month's end by {@link MonthEndSnapshots}, or on demand), so that
 * a past month's report is reproduced as it was ({@link PlanCoverage#report(Caller, long, String, YearMonth)}) and a
 * unit's figures can be charted month by month.
 */
@Stateless
public class PlanSnapshots {

  @Inject PlanRepository plans;
  @Inject PlanAccess access;
  @Inject ReportUnits units;
  @Inject CoverageSums sums;
  @Inject SnapshotStore snapshots;

  /** A unit's figures month by month: one point per snapshot, oldest first, then the live figures. */
  public record Trend(TrainingPlan plan, UnitRef unit, List<Point> points) {}

  public record Point(YearMonth month, Figures figures, boolean live) {}

  /**
   * Takes (or retakes) the snapshot of {@code month} of a published plan, for system tasks (the month-end timer, the
   * demo season loader). With {@code asOf} in the past each line's status is derived from the items done before then;
   * the lines' units, posts and moves are today's, since the roster keeps no history of those (someone who joined
   * after publishing and after {@code asOf} is left out, someone who left after {@code asOf} is counted). Otherwise
   * the roster is copied as it stands.
   */
  public Snapshot take(long planId, YearMonth month, Instant asOf, boolean automatic) {
    TrainingPlan plan = plans.find(planId).orElseThrow(() -> new PlanNotFoundException(planId));
    if (plan.status() != PlanStatus.PUBLISHED) {
      throw new PlanNotPublishedException(planId);
    }
    Instant now = Instant.now();
    return snapshots.take(planId, month, asOf == null || !asOf.isBefore(now) ? null : asOf, now, automatic);
  }

  /** An admin of the plan takes the current month's snapshot now, replacing the month's earlier one. */
  public Snapshot takeNow(Caller caller, long planId) {
    return takeMonth(caller, planId, CityMonth.of(Instant.now()));
  }

  /**
   * An admin of the plan takes a month's snapshot (replacing it): the current month's as the roster stands, a past
   * month's as of its end from the done items' times (see {@link #take}), e.g. for a month end the timer missed.
   */
  public Snapshot takeMonth(Caller caller, long planId, CityMonth month) {
    access.managed(caller, planId);
    return take(planId, month.month(), month.until(Instant.now()), false);
  }

  /** The plan's snapshots, newest first. */
  public List<Snapshot> list(Caller caller, long planId) {
    access.visible(caller, planId);
    return snapshots.of(planId);
  }

  /** The published plans due a snapshot at the end of the month running now. */
  public List<Long> plansDue(Instant now) {
    return snapshots.plansDue(CityMonth.dayOf(now));
  }

  public Trend trend(Caller caller, long planId, String unitCode) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    OrgUnit unit = units.unitOf(caller, plan, unitCode);
    List<Point> points = new ArrayList<>();
    snapshots.figuresByMonth(planId, unit.path()).forEach((month, figures) -> points.add(new Point(month, figures, false)));
    points.add(new Point(CityMonth.of(Instant.now()).month(), sums.of(RosterSource.live(planId), unit.path()), true));
    return new Trend(plan, new UnitRef(unit.code(), unit.name()), points);
  }
}
