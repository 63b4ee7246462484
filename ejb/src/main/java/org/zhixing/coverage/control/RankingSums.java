package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

/**
 * The figures of every county or township inside a subtree, with the people who completed within a month: one grouped
 * statement over the roster's prefix range, so a city-wide ranking costs about what the city report does.
 */
@ApplicationScoped
public class RankingSums {

  /** A unit's figures and how many completed within the month; {@code parentCode} is the unit one level up. */
  public record UnitSums(String unitCode, String parentCode, Figures figures, long monthCompleted) {

    /** The rate the month's completions added: completed within the month over required, to four places. */
    public BigDecimal monthRateGain() {
      return Figures.share(monthCompleted, figures.required());
    }
  }

  @Inject RosterSql sql;

  /**
   * The units at {@code level} inside the subtree with this path, by code. People serving above that level (a county's
   * own cadres, in a ranking of its townships) belong to no unit of the level and are left out.
   */
  public List<UnitSums> of(RosterSource roster, String path, RankingLevel level, CityMonth month) {
    int part = level.depth() + 2; // a path is "/city/county/township/…/": its first part is empty
    return sql.query(CoverageSums.on(roster, """
        select split_part(unit_path, '/', ?) as unit, split_part(unit_path, '/', ? - 1) as parent, %1$s,
          count(*) filter (where left_at is null and completed_at >= ? and completed_at < ?)
        from %2$s where %3$s = ? and unit_path like ? and split_part(unit_path, '/', ?) <> ''
        group by unit, parent order by unit
        """), rows -> new UnitSums(rows.getString(1), rows.getString(2), CoverageSums.figures(rows, 3), rows.getLong(10)),
        part, part, Timestamp.from(month.start()), Timestamp.from(month.end()), roster.id(), path + "%", part);
  }
}
