package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhixing.coverage.boundary.PlanCoverage.Report;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.CoverageSums.UnitLine;
import org.zhixing.coverage.control.Figures;
import org.zhixing.coverage.control.ReportBook;
import org.zhixing.coverage.control.ReportBook.Level;
import org.zhixing.coverage.control.ReportBook.Line;
import org.zhixing.coverage.control.ReportBook.Missing;
import org.zhixing.coverage.control.PendingPeople;
import org.zhixing.coverage.control.RosterSource;
import org.zhixing.coverage.control.SnapshotStore;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * A plan's coverage report of one unit of the caller's subtree, for the .xlsx and PDF exports: the report the
 * coverage API gives, every unit of each level below (counties, townships, villages), each level read in one
 * grouped statement and named in one query, and the people not done when they are few enough to list.
 */
@Stateless
public class CoverageReports {

  private static final int VILLAGE_LEVEL = 4;
  private static final List<String> LEVELS = List.of("市", "县区", "乡镇", "村");

  @Inject PlanCoverage coverage;
  @Inject CoverageSums sums;
  @Inject OrgDirectory org;
  @Inject PendingPeople pending;
  @Inject SnapshotStore snapshots;

  /** The report of the unit, live or (for a {@code month}) as that month's snapshot kept it. */
  public ReportBook book(Caller caller, long planId, String unitCode, YearMonth month) {
    Report report = coverage.report(caller, planId, unitCode, month);
    sums.planForEachPath();
    RosterSource roster = snapshots.rosterOf(planId, month);
    OrgUnit unit = org.visibleUnit(caller, report.unit().code());
    int depth = unit.pathCodes().size();
    List<List<UnitLine>> lines = new ArrayList<>();
    for (int level = depth + 1; level <= VILLAGE_LEVEL; level++) {
      lines.add(sums.atLevel(roster, unit.path(), level - depth));
    }
    Map<String, String> names = org.unitNames(lines.stream().flatMap(List::stream)
        .flatMap(line -> line.pathCodes().stream().skip(depth)).collect(Collectors.toSet()));
    List<Level> levels = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int level = depth + 1 + i;
      if (!lines.get(i).isEmpty()) {
        levels.add(new Level(LEVELS.get(level - 1), level == VILLAGE_LEVEL, lines.get(i).stream()
            .map(line -> line(line, depth, names)).toList()));
      }
    }
    Instant asOf = month == null ? Instant.now() : snapshots.find(planId, month).orElseThrow().asOf();
    return new ReportBook(planId, report.plan().name(), report.plan().deadline(), report.plan().targetRate(),
        unit.code(), unit.name(), month, asOf, report.figures(), report.byPosition(), report.byCategory(),
        report.fullyCovered(), report.peopleMissing(), report.secretariesMissing(), levels,
        report.peopleMissing() > ReportBook.MISSING_LISTED ? List.of() : missing(roster, unit.path()),
        trend(planId, unit.path(), month));
  }

  /** The unit's figures month by month from the snapshots, up to {@code month} (all for a live report). */
  private Map<YearMonth, Figures> trend(long planId, String path, YearMonth month) {
    Map<YearMonth, Figures> trend = new LinkedHashMap<>();
    snapshots.figuresByMonth(planId, path).forEach((taken, figures) -> {
      if (month == null || !taken.isAfter(month)) {
        trend.put(taken, figures);
      }
    });
    return trend;
  }

  private List<Missing> missing(RosterSource roster, String path) {
    List<PendingPeople.Person> people = pending.inSubtree(roster, path, ReportBook.MISSING_LISTED);
    Map<String, String> names = org.unitNames(people.stream().map(PendingPeople.Person::unitCode)
        .collect(Collectors.toSet()));
    return people.stream().map(person -> new Missing(person.name(), person.unitCode(),
        names.getOrDefault(person.unitCode(), person.unitCode()), person.weakAndLax(), person.started(),
        person.itemsDone())).toList();
  }

  /** A unit's line, with the names of the units between it and the report's unit (乡镇 of a village in a county). */
  private static Line line(UnitLine unit, int depth, Map<String, String> names) {
    List<String> between = unit.pathCodes().subList(depth, unit.pathCodes().size() - 1);
    return new Line(unit.code(), names.getOrDefault(unit.code(), unit.code()),
        between.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(" / ")),
        unit.weakAndLax(), unit.figures());
  }
}
