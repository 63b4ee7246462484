package org.zhixing.tracking.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.zhixing.tracking.entity.PresenceCheck;
import org.zhixing.tracking.entity.PresenceClock;

/**
 * Presence checks (防挂机): issued by the server at random moments of a lesson that asks for them, answered by the
 * learner within {@link #timeout()}. The timing is configurable by system property for tests and drills:
 * {@code zhixing.tracking.presence-every-seconds} (mean gap between checks, default 300; each gap is drawn between
 * half and one and a half of it) and {@code zhixing.tracking.presence-timeout-seconds} (default 60).
 */
@ApplicationScoped
public class PresenceChecks {

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource database;

  public Duration timeout() {
    return Duration.ofSeconds(Long.getLong("zhixing.tracking.presence-timeout-seconds", 60));
  }

  /** When the next check after {@code now} is due: a random gap, so that a bot cannot learn the rhythm. */
  public Instant nextAfter(Instant now) {
    long mean = Long.getLong("zhixing.tracking.presence-every-seconds", 300) * 1000;
    return now.plusMillis(mean == 0 ? 0 : ThreadLocalRandom.current().nextLong(mean / 2, mean * 3 / 2 + 1));
  }

  public PresenceClock clockOf(String learner, UUID lessonKey) {
    var checks = new ArrayList<PresenceCheck>();
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement("""
            select id, issued_at, deadline, answered_at from presence_check
            where learner = ? and lesson_key = ? order by issued_at""")) {
      query.setString(1, learner);
      query.setObject(2, lessonKey);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          checks.add(new PresenceCheck(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(),
              row.getTimestamp(3).toInstant(), ProgressStore.instant(row.getTimestamp(4))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading presence checks failed", e);
    }
    return new PresenceClock(checks);
  }

  public PresenceCheck issue(String learner, UUID lessonKey, Instant now) {
    var check = new PresenceCheck(UUID.randomUUID(), now, now.plus(timeout()), null);
    try (Connection db = database.getConnection();
        PreparedStatement insert = db.prepareStatement("""
            insert into presence_check (id, learner, lesson_key, issued_at, deadline) values (?, ?, ?, ?, ?)""")) {
      insert.setObject(1, check.id());
      insert.setString(2, learner);
      insert.setObject(3, lessonKey);
      insert.setTimestamp(4, Timestamp.from(check.issuedAt()));
      insert.setTimestamp(5, Timestamp.from(check.deadline()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("issuing a presence check failed", e);
    }
    return check;
  }

  /** Records the answer if it reached the server in time; false for a late, foreign or already answered check. */
  public boolean answer(String learner, UUID lessonKey, UUID checkId, Instant now) {
    try (Connection db = database.getConnection();
        PreparedStatement update = db.prepareStatement("""
            update presence_check set answered_at = ?
            where id = ? and learner = ? and lesson_key = ? and answered_at is null and deadline >= ?""")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setObject(2, checkId);
      update.setString(3, learner);
      update.setObject(4, lessonKey);
      update.setTimestamp(5, Timestamp.from(now));
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("answering a presence check failed", e);
    }
  }

  public List<PresenceCheck> all(String learner, UUID lessonKey) {
    return clockOf(learner, lessonKey).checks();
  }
}
