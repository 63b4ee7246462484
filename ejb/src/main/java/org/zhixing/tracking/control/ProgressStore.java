package org.zhixing.tracking.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.zhixing.tracking.entity.LessonPlan;
import org.zhixing.tracking.entity.LessonTrack;
import org.zhixing.tracking.entity.WatchedTime;

/**
 * The {@code lesson_progress} rows, in plain JDBC on the application's JTA data source: this is the hot path of
 * every heartbeat (thousands a second), and a batch touches one row per lesson with one locked read and one update,
 * which is easier to keep that small by hand than through an entity manager. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ProgressStore {

  private static final String COLUMNS = """
      learner, lesson_key, fingerprint, org_unit_code, watched, page_seconds, position_ms, position_at,
      recent_events, completed_at, next_check_at""";

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource database;

  /**
   * The learner's rows for these lessons, locked for this transaction; rows that do not exist yet are created empty
   * first, so that two first batches of the same lesson cannot both start from nothing. Locks are taken in key order,
   * so concurrent batches of one learner never deadlock.
   */
  public Map<UUID, LessonTrack> lock(String learner, Collection<LessonPlan> plans) {
    var byKey = new TreeMap<UUID, LessonPlan>();
    plans.forEach(plan -> byKey.put(plan.lessonKey(), plan));
    try (Connection db = database.getConnection()) {
      Map<UUID, LessonTrack> found = select(db, learner, byKey.keySet(), true);
      if (found.size() < byKey.size()) {
        try (PreparedStatement insert = db.prepareStatement("""
            insert into lesson_progress (learner, lesson_key, fingerprint) values (?, ?, ?)
            on conflict do nothing""")) {
          for (LessonPlan plan : byKey.values()) {
            if (!found.containsKey(plan.lessonKey())) {
              insert.setString(1, learner);
              insert.setObject(2, plan.lessonKey());
              insert.setString(3, plan.fingerprint());
              insert.addBatch();
            }
          }
          insert.executeBatch();
        }
        found = select(db, learner, byKey.keySet(), true);
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("locking progress of " + learner + " failed", e);
    }
  }

  public void save(Collection<LessonTrack> tracks, Instant now) {
    try (Connection db = database.getConnection();
        PreparedStatement update = db.prepareStatement("""
            update lesson_progress set fingerprint = ?, org_unit_code = ?, watched = ?, page_seconds = ?,
              position_ms = ?, position_at = ?, recent_events = ?, completed_at = ?, next_check_at = ?, updated_at = ?
            where learner = ? and lesson_key = ?""")) {
      for (LessonTrack track : tracks) {
        update.setString(1, track.fingerprint());
        update.setString(2, track.orgUnitCode());
        update.setArray(3, integers(db, track.watchedTime().bounds()));
        update.setArray(4, integers(db, track.pageSeconds()));
        update.setInt(5, track.positionMillis());
        update.setTimestamp(6, timestamp(track.positionAt()));
        update.setArray(7, db.createArrayOf("uuid", track.recentEvents().toArray()));
        update.setTimestamp(8, timestamp(track.completedAt()));
        update.setTimestamp(9, timestamp(track.nextCheckAt()));
        update.setTimestamp(10, Timestamp.from(now));
        update.setString(11, track.learner());
        update.setObject(12, track.lessonKey());
        update.addBatch();
      }
      update.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("saving progress failed", e);
    }
  }

  /** The learner's rows for these lesson keys, unlocked. */
  public Map<UUID, LessonTrack> find(String learner, Collection<UUID> keys) {
    try (Connection db = database.getConnection()) {
      return select(db, learner, keys, false);
    } catch (SQLException e) {
      throw new IllegalStateException("reading progress of " + learner + " failed", e);
    }
  }

  /** The unit the learner last reported progress from, if they ever did: what admins' scope is checked against. */
  public Optional<String> unitOf(String learner) {
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement("""
            select org_unit_code from lesson_progress where learner = ? and org_unit_code is not null
            order by updated_at desc limit 1""")) {
      query.setString(1, learner);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the unit of " + learner + " failed", e);
    }
  }

  private static Map<UUID, LessonTrack> select(Connection db, String learner, Collection<UUID> keys, boolean lock)
      throws SQLException {
    var tracks = new TreeMap<UUID, LessonTrack>();
    if (keys.isEmpty()) {
      return tracks;
    }
    String sql = "select " + COLUMNS + " from lesson_progress where learner = ? and lesson_key = any (?)"
        + (lock ? " order by lesson_key for update" : "");
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, learner);
      query.setArray(2, db.createArrayOf("uuid", keys.toArray()));
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          LessonTrack track = read(row);
          tracks.put(track.lessonKey(), track);
        }
      }
    }
    return tracks;
  }

  private static LessonTrack read(ResultSet row) throws SQLException {
    return new LessonTrack(
        row.getString("learner"),
        row.getObject("lesson_key", UUID.class),
        row.getString("fingerprint"),
        row.getString("org_unit_code"),
        WatchedTime.of(ints(row.getArray("watched"))),
        ints(row.getArray("page_seconds")),
        row.getInt("position_ms"),
        instant(row.getTimestamp("position_at")),
        uuids(row.getArray("recent_events")),
        instant(row.getTimestamp("completed_at")),
        instant(row.getTimestamp("next_check_at")));
  }

  private static Array integers(Connection db, int[] values) throws SQLException {
    return db.createArrayOf("integer", Arrays.stream(values).boxed().toArray());
  }

  private static int[] ints(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    int[] result = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = ((Number) values[i]).intValue();
    }
    return result;
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    var result = new ArrayList<UUID>();
    for (Object value : (Object[]) array.getArray()) {
      result.add((UUID) value);
    }
    return result;
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
