package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened within a month in a subtree of a plan's live roster, from the times its lines and done items keep:
 * who completed and who started within it, the items done (人次) and their hours, day by day, and who was required and
 * completed at its start and at its end (or now). Lines are counted as the figures at the window's end count them:
 * someone who left before then is out. The unit path is the current one: moves are not historical.
 */
@ApplicationScoped
public class MovementSums {

  /** Required and completed at one moment. */
  public record Standing(long required, long completed) {

    public BigDecimal rate() {
      return Figures.share(completed, required);
    }
  }

  /** The month's totals and rates. */
  public record Totals(long completed, long started, Standing atStart, Standing atEnd) {}

  /** One day's completions and items done (with their hours). */
  public record Day(long completed, long personTimes, BigDecimal creditHours) {
    public static final Day NONE = new Day(0, 0, BigDecimal.ZERO);
  }

  @Inject RosterSql sql;

  /** The month's totals up to {@code until} (its end, or now while it runs). */
  public Totals totals(long planId, String path, CityMonth month, Instant until) {
    return sql.query("""
        with t as (select ?::timestamptz as month_start, ?::timestamptz as month_end),
             r as (select started_at, completed_at, month_start, month_end,
                     joined_at < month_start and (left_at is null or left_at >= month_start) as counted_at_start,
                     joined_at < month_end and (left_at is null or left_at >= month_end) as counted_at_end
                   from plan_roster, t where plan_id = ? and unit_path like ?)
        select count(*) filter (where counted_at_end and completed_at >= month_start and completed_at < month_end),
               count(*) filter (where counted_at_end and started_at >= month_start and started_at < month_end),
               count(*) filter (where counted_at_start),
               count(*) filter (where counted_at_start and completed_at < month_start),
               count(*) filter (where counted_at_end),
               count(*) filter (where counted_at_end and completed_at < month_end)
        from r
        """, rows -> new Totals(rows.getLong(1), rows.getLong(2), new Standing(rows.getLong(3), rows.getLong(4)),
            new Standing(rows.getLong(5), rows.getLong(6))),
        Timestamp.from(month.start()), Timestamp.from(until), planId, path + "%").getFirst();
  }

  /** The days of the month up to {@code until} on which anything happened, in order. */
  public Map<LocalDate, Day> days(long planId, String path, CityMonth month, Instant until) {
    Timestamp start = Timestamp.from(month.start());
    Timestamp end = Timestamp.from(until);
    Map<LocalDate, Day> days = new TreeMap<>();
    sql.query("""
        select (completed_at at time zone 'Asia/Shanghai')::date, count(*) from plan_roster
        where plan_id = ? and unit_path like ? and completed_at >= ? and completed_at < ?
          and joined_at < ? and (left_at is null or left_at >= ?)
        group by 1
        """, rows -> days.put(rows.getDate(1).toLocalDate(), new Day(rows.getLong(2), 0, BigDecimal.ZERO)),
        planId, path + "%", start, end, end, end);
    sql.query("""
        select (d.done_at at time zone 'Asia/Shanghai')::date, count(*), sum(d.credit_hours)
        from plan_item_done d join plan_roster r on r.plan_id = d.plan_id and r.person_id = d.person_id
        where d.plan_id = ? and d.done_at >= ? and d.done_at < ? and r.unit_path like ?
          and r.joined_at < ? and (r.left_at is null or r.left_at >= ?)
        group by 1
        """, rows -> days.merge(rows.getDate(1).toLocalDate(), new Day(0, rows.getLong(2), rows.getBigDecimal(3)),
            (completed, done) -> new Day(completed.completed(), done.personTimes(), done.creditHours())),
        planId, start, end, path + "%", end, end);
    return days;
  }
}
