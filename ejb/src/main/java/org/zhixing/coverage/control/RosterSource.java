package org.zhixing.coverage.control;

/**
 * The roster lines a report sums: a plan's live roster, or one of its monthly snapshots, which keeps the same columns.
 * The table and key are fixed here, never taken from a request, so that statements can name them.
 */
public final class RosterSource {

  private final String table;
  private final String key;
  private final long id;

  private RosterSource(String table, String key, long id) {
    this.table = table;
    this.key = key;
    this.id = id;
  }

  /** The plan's roster as it stands now. */
  public static RosterSource live(long planId) {
    return new RosterSource("plan_roster", "plan_id", planId);
  }

  /** The roster as a snapshot kept it. */
  public static RosterSource snapshot(long snapshotId) {
    return new RosterSource("plan_snapshot_line", "snapshot_id", snapshotId);
  }

  /** The table the lines are in. */
  public String table() {
    return table;
  }

  /** The column that picks this roster's lines in {@link #table()}. */
  public String key() {
    return key;
  }

  /** The value of {@link #key()}: a plan's or a snapshot's id. */
  public long id() {
    return id;
  }
}
