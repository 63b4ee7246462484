package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly snapshots of a plan's roster: each line's unit, categories, posts and status copied as they stood, so that
 * a past month's report runs the live report's statements over the copy ({@link RosterSource#snapshot}) and comes out
 * as it did then. One per plan and month; taking a month again replaces it.
 */
@ApplicationScoped
public class SnapshotStore {

  /** A snapshot taken: of which plan and month, when, as of when, by the month-end timer or on demand, its size. */
  public record Snapshot(long id, long planId, YearMonth month, Instant takenAt, Instant asOf, boolean automatic,
      int rosterLines) {}

  private static final String SNAPSHOT = "id, plan_id, month, taken_at, as_of, automatic, roster_lines";
  private static final String LINE_COLUMNS = """
      snapshot_id, person_id, name, unit_code, unit_path, village_code, positions, party_secretary, weak_and_lax,
      star_target, moved_from, left_at, items_done, credit_hours, started_at, completed_at""";
  private static final String COPIED_COLUMNS = """
      r.person_id, r.name, r.unit_code, r.unit_path, r.village_code, r.positions, r.party_secretary, r.weak_and_lax,
      r.star_target, r.moved_from""";

  @Inject RosterSql sql;

  /**
   * Copies the roster's lines with their status now ({@code asOf} null), or with the status their done items give at
   * {@code asOf}: the roster picked at publishing counts from the period's start (a plan published late still asked
   * its people from then), a line that joined later from its joining; a line counts as left only if it had left by
   * then. Replaces the month's snapshot.
   */
  public Snapshot take(long planId, YearMonth month, Instant asOf, Instant takenAt, boolean automatic) {
    // one taker at a time per plan (the month-end timer and an admin's retake): the second replaces the first's
    sql.execute("select 1 from training_plan where id = ? for update", planId);
    sql.execute("delete from plan_snapshot where plan_id = ? and month = ?", planId, Date.valueOf(month.atDay(1)));
    long id = sql.query("""
        insert into plan_snapshot (plan_id, month, taken_at, as_of, automatic, roster_lines)
        values (?, ?, ?, ?, ?, 0) returning id
        """, rows -> rows.getLong(1), planId, Date.valueOf(month.atDay(1)), Timestamp.from(takenAt),
        Timestamp.from(asOf == null ? takenAt : asOf), automatic).getFirst();
    if (asOf == null) {
      copyNow(id, planId);
    } else {
      copyAsOf(id, planId, asOf);
    }
    sql.execute("update plan_snapshot set roster_lines = (select count(*) from plan_snapshot_line where snapshot_id = ?) "
        + "where id = ?", id, id);
    return find(planId, month).orElseThrow();
  }

  private void copyNow(long id, long planId) {
    sql.execute("""
        insert into plan_snapshot_line (%s)
        select ?, %s, r.left_at, r.items_done, r.credit_hours, r.started_at, r.completed_at
        from plan_roster r where r.plan_id = ?
        """.formatted(LINE_COLUMNS, COPIED_COLUMNS), id, planId);
  }

  /** Derives each line's status from the items done before {@code asOf}, as {@link RosterStore#refreshStatus} does. */
  private void copyAsOf(long id, long planId, Instant asOf) {
    Timestamp at = Timestamp.from(asOf);
    sql.execute("""
        with %s, %s
        insert into plan_snapshot_line (%s)
        select ?, %s, case when r.left_at < ? then r.left_at end, coalesce(d.n, 0), coalesce(d.h, 0), d.first_at,
          case when %s then d.last_at end
        from plan_roster r join training_plan t on t.id = r.plan_id left join d on d.person_id = r.person_id cross join p
        where r.plan_id = ? and (r.joined_at <= t.published_at or r.joined_at < ?)
        """.formatted(RosterStore.doneSums("done_at < ?"), RosterStore.REQUIREMENT, LINE_COLUMNS, COPIED_COLUMNS,
            RosterStore.COMPLETES),
        planId, at, planId, id, at, planId, at);
  }

  /** The lines of the month's snapshot, or the live roster for null; a month without one is {@code snapshot-not-found}. */
  public RosterSource rosterOf(long planId, YearMonth month) {
    return month == null ? RosterSource.live(planId) : RosterSource.snapshot(find(planId, month)
        .orElseThrow(() -> new SnapshotNotFoundException(planId, month.toString())).id());
  }

  /**
   * The published plans due a snapshot of the month running on {@code today}: their period has started and ended no
   * more than a month before the month began (the month after a plan ends records its final figures once more).
   */
  public List<Long> plansDue(LocalDate today) {
    return sql.query("""
        select id from training_plan where status = 'PUBLISHED' and starts_on <= ? and ends_on >= ? order by id
        """, rows -> rows.getLong(1), today, today.withDayOfMonth(1).minusMonths(1));
  }

  public Optional<Snapshot> find(long planId, YearMonth month) {
    return sql.query("select " + SNAPSHOT + " from plan_snapshot where plan_id = ? and month = ?", SnapshotStore::snapshot,
        planId, Date.valueOf(month.atDay(1))).stream().findFirst();
  }

  /** The plan's snapshots, newest month first. */
  public List<Snapshot> of(long planId) {
    return sql.query("select " + SNAPSHOT + " from plan_snapshot where plan_id = ? order by month desc",
        SnapshotStore::snapshot, planId);
  }

  /** The figures of the subtree with this path in each of the plan's snapshots, oldest first (none there: no people). */
  public Map<YearMonth, Figures> figuresByMonth(long planId, String path) {
    Map<YearMonth, Figures> byMonth = new LinkedHashMap<>();
    of(planId).reversed().forEach(snapshot -> byMonth.put(snapshot.month(), Figures.NONE));
    sql.query("""
        select s.month, %s from plan_snapshot s join plan_snapshot_line l on l.snapshot_id = s.id
        where s.plan_id = ? and l.unit_path like ? group by s.month
        """.formatted(CoverageSums.FIGURES),
        rows -> byMonth.put(YearMonth.from(rows.getDate(1).toLocalDate()), CoverageSums.figures(rows, 2)),
        planId, path + "%");
    return byMonth;
  }

  private static Snapshot snapshot(ResultSet rows) throws SQLException {
    return new Snapshot(rows.getLong(1), rows.getLong(2), YearMonth.from(rows.getDate(3).toLocalDate()),
        rows.getTimestamp(4).toInstant(), rows.getTimestamp(5).toInstant(), rows.getBoolean(6), rows.getInt(7));
  }
}
