package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.zhixing.coverage.boundary.PlanCoverage.UnitRef;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.coverage.control.CompetitionRanks;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.Figures;
import org.zhixing.coverage.control.InvalidRankingLevelException;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.RankingLevel;
import org.zhixing.coverage.control.RankingSums;
import org.zhixing.coverage.control.RankingSums.UnitSums;
import org.zhixing.coverage.control.ReportUnits;
import org.zhixing.coverage.control.SnapshotStore;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * 比学赶超: the counties or townships inside a unit side by side, ranked by their rate and by the month's progress
 * (completions within the month over required). The current month ranks the live roster, a past month its snapshot.
 */
@Stateless
public class PlanRankings {

  @Inject PlanAccess access;
  @Inject ReportUnits units;
  @Inject OrgDirectory org;
  @Inject CoverageSums sums;
  @Inject RankingSums rankings;
  @Inject SnapshotStore snapshots;

  public record Ranking(TrainingPlan plan, RankingLevel level, UnitRef unit, CityMonth month, List<Entry> entries) {}

  /** A unit's place: by rate (completed over required) and by progress (the month's completions over required). */
  public record Entry(UnitRef unit, UnitRef parent, Figures figures, long monthCompleted, BigDecimal monthRateGain,
      int rankByRate, int rankByProgress) {}

  /**
   * The units at {@code level} (by default: counties inside the city, else townships) inside the unit (by default the
   * plan's or the caller's), best rate first.
   */
  public Ranking rank(Caller caller, long planId, RankingLevel requested, String unitCode, String month) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    OrgUnit unit = units.unitOf(caller, plan, unitCode);
    RankingLevel level = requested != null ? requested
        : unit.depth() < RankingLevel.COUNTY.depth() ? RankingLevel.COUNTY : RankingLevel.TOWNSHIP;
    if (unit.depth() > level.depth()) {
      throw new InvalidRankingLevelException(level, unit.code());
    }
    Instant now = Instant.now();
    CityMonth asked = CityMonth.parse(month, now);
    boolean current = asked.equals(CityMonth.of(now));
    List<UnitSums> found = rankings.of(snapshots.rosterOf(planId, current ? null : asked.month()), unit.path(), level,
        asked);
    return new Ranking(plan, level, new UnitRef(unit.code(), unit.name()), asked, ranked(found));
  }

  private List<Entry> ranked(List<UnitSums> found) {
    List<Integer> byRate = CompetitionRanks.of(found.stream().map(each -> each.figures().rate()).toList());
    List<Integer> byProgress = CompetitionRanks.of(found.stream().map(UnitSums::monthRateGain).toList());
    Map<String, String> names = org.unitNames(found.stream()
        .flatMap(each -> Stream.of(each.unitCode(), each.parentCode())).distinct().toList());
    return IntStream.range(0, found.size())
        .mapToObj(i -> {
          UnitSums each = found.get(i);
          return new Entry(new UnitRef(each.unitCode(), names.get(each.unitCode())),
              new UnitRef(each.parentCode(), names.get(each.parentCode())), each.figures(), each.monthCompleted(),
              each.monthRateGain(), byRate.get(i), byProgress.get(i));
        })
        .sorted(Comparator.comparingInt(Entry::rankByRate).thenComparing(entry -> entry.unit().code()))
        .toList();
  }
}
