package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhixing.coverage.entity.PlanItemKind;

/**
 * Items done, written in bulk: a recompute of a city's season records over a million, so they go to the database as
 * columns of a few thousand rows per statement ({@code insert … select from unnest}) rather than one statement each.
 * As with {@link RosterStore#record}, an item already recorded keeps its row, and statuses are derived afterwards.
 */
@ApplicationScoped
public class DoneRows {

  /** Rows per statement: large enough that round trips do not count, small enough to keep the arrays modest. */
  private static final int PORTION = 5_000;

  /** One item a rostered person did. */
  public record Done(long personId, PlanItemKind kind, long refId, Instant at, BigDecimal creditHours) {}

  @Inject RosterSql sql;

  /** A writer for one plan: it writes every {@link #PORTION} rows added, and the rest when closed. */
  public Writer writer(long planId) {
    return new Writer(planId);
  }

  /** Collects a plan's done items and writes them a portion at a time; close it to write the rest. */
  public final class Writer implements AutoCloseable {

    private final long planId;
    private final List<Done> pending = new ArrayList<>(PORTION);
    private long written;

    private Writer(long planId) {
      this.planId = planId;
    }

    public void add(Done done) {
      pending.add(done);
      if (pending.size() == PORTION) {
        flush();
      }
    }

    /** How many rows were sent so far (items already recorded included). */
    public long written() {
      return written;
    }

    @Override
    public void close() {
      flush();
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      int n = pending.size();
      Long[] people = new Long[n];
      String[] kinds = new String[n];
      Long[] refs = new Long[n];
      Timestamp[] times = new Timestamp[n];
      BigDecimal[] hours = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        Done done = pending.get(i);
        people[i] = done.personId();
        kinds[i] = done.kind().name();
        refs[i] = done.refId();
        times[i] = Timestamp.from(done.at());
        hours[i] = done.creditHours() == null ? BigDecimal.ZERO : done.creditHours();
      }
      sql.executeWithColumns("""
          insert into plan_item_done (plan_id, person_id, kind, ref_id, done_at, credit_hours)
          select ?, person_id, kind, ref_id, done_at, credit_hours
          from unnest(?, ?, ?, ?, ?) as d (person_id, kind, ref_id, done_at, credit_hours)
          on conflict do nothing
          """, planId, new RosterSql.Column("int8", people), new RosterSql.Column("varchar", kinds),
          new RosterSql.Column("int8", refs), new RosterSql.Column("timestamptz", times),
          new RosterSql.Column("numeric", hours));
      written += n;
      pending.clear();
    }
  }
}
