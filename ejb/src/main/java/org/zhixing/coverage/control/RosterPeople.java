package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/**
 * Everyone on a plan's roster within a subtree with where they stand — the list a village's page shows, completed
 * people included (the pending list leaves them out). Those still to act on come first: not started, started,
 * completed, then those who left.
 */
@ApplicationScoped
public class RosterPeople {

  /** One roster line: the person, their posts' kind, and their status in the plan. */
  public record Line(long personId, String name, String unitCode, boolean partySecretary, boolean weakAndLax,
      int itemsDone, BigDecimal creditHours, Instant startedAt, Instant completedAt, Instant leftAt, String leftReason) {

    /** Where the person stands: {@code LEFT} overrides what they did before leaving. */
    public Status status() {
      if (leftAt != null) {
        return Status.LEFT;
      }
      if (completedAt != null) {
        return Status.COMPLETED;
      }
      return startedAt != null ? Status.STARTED : Status.NOT_STARTED;
    }
  }

  public enum Status { NOT_STARTED, STARTED, COMPLETED, LEFT }

  private static final String WHERE = " from plan_roster where plan_id = ? and unit_path like ?";

  @Inject RosterSql sql;

  public Page<Line> within(long planId, String path, PageRequest page) {
    List<Line> items = sql.query("""
        select person_id, name, unit_code, party_secretary, weak_and_lax, items_done, credit_hours, started_at,
          completed_at, left_at, left_reason %s
        order by left_at is not null, completed_at is not null, started_at is not null, name, person_id
        limit ? offset ?
        """.formatted(WHERE), rows -> new Line(rows.getLong(1), rows.getString(2), rows.getString(3),
            rows.getBoolean(4), rows.getBoolean(5), rows.getInt(6), rows.getBigDecimal(7), instant(rows.getTimestamp(8)),
            instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10)), rows.getString(11)),
        planId, path + "%", page.size(), page.offset());
    long total = sql.query("select count(*)" + WHERE, rows -> rows.getLong(1), planId, path + "%").getFirst();
    return Page.of(items, page, total);
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
