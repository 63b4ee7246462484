package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhixing.coverage.boundary.PlanCoverage.UnitRef;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.MovementSums;
import org.zhixing.coverage.control.MovementSums.Day;
import org.zhixing.coverage.control.MovementSums.Totals;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.ReportUnits;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * A unit's month (一月一会商): who completed and who started within it, the items done (人次) and their hours, day by
 * day, and the rate at its start against the rate at its end, or now while it runs.
 */
@Stateless
public class PlanMovement {

  @Inject PlanAccess access;
  @Inject ReportUnits units;
  @Inject CoverageSums sums;
  @Inject MovementSums movement;

  public record Movement(TrainingPlan plan, UnitRef unit, CityMonth month, long completed, long started,
      long personTimes, BigDecimal creditHours, BigDecimal rateAtMonthStart, BigDecimal rate, List<DayMovement> days) {}

  public record DayMovement(LocalDate day, long completed, long personTimes) {}

  public Movement of(Caller caller, long planId, String unitCode, String month) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    OrgUnit unit = units.unitOf(caller, plan, unitCode);
    Instant now = Instant.now();
    CityMonth asked = CityMonth.parse(month, now);
    Instant until = asked.until(now);
    Totals totals = movement.totals(planId, unit.path(), asked, until);
    Map<LocalDate, Day> days = movement.days(planId, unit.path(), asked, until);
    return new Movement(plan, new UnitRef(unit.code(), unit.name()), asked, totals.completed(), totals.started(),
        days.values().stream().mapToLong(Day::personTimes).sum(),
        days.values().stream().map(Day::creditHours).reduce(BigDecimal.ZERO, BigDecimal::add),
        totals.atStart().rate(), totals.atEnd().rate(),
        asked.daysUntil(now).stream().map(day -> {
          Day found = days.getOrDefault(day, Day.NONE);
          return new DayMovement(day, found.completed(), found.personTimes());
        }).toList());
  }
}
