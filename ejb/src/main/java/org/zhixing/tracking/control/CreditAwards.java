package org.zhixing.tracking.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Credit hours (学时) for completed courses. The table's primary key (learner, course) makes an award happen once
 * whatever races; {@link #serialize} makes the completion check itself see every lesson completed by a concurrent
 * batch, so that two batches finishing the last two lessons at once cannot both miss the award.
 */
@ApplicationScoped
public class CreditAwards {

  /** An award: the course, its credit hours and when they were earned. */
  public record Award(long courseId, BigDecimal creditHours, Instant awardedAt) {}

  /** Rows per round trip when reading many awards (the driver streams only inside a transaction). */
  private static final int FETCH_SIZE = 10_000;

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource database;

  /**
   * Holds, until the transaction ends, a lock on "this learner completing this course". Whoever takes it second
   * reads after the first has committed (read committed), so it sees the first one's completed lesson.
   */
  public void serialize(String learner, long courseId) {
    try (Connection db = database.getConnection();
        PreparedStatement lock = db.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, ?))")) {
      lock.setString(1, learner);
      lock.setLong(2, courseId);
      lock.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException("locking the course completion failed", e);
    }
  }

  /** Awards the course's credit hours; false when they were awarded before. */
  public boolean award(String learner, long courseId, BigDecimal creditHours, String orgUnitCode, Instant now) {
    try (Connection db = database.getConnection();
        PreparedStatement insert = db.prepareStatement("""
            insert into credit_award (learner, course_id, credit_hours, org_unit_code, awarded_at)
            values (?, ?, ?, ?, ?) on conflict do nothing""")) {
      insert.setString(1, learner);
      insert.setLong(2, courseId);
      insert.setBigDecimal(3, creditHours);
      insert.setString(4, orgUnitCode);
      insert.setTimestamp(5, Timestamp.from(now));
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("awarding credit hours failed", e);
    }
  }

  /** The learner's awards earned in [from, to), oldest first; null bounds leave that side open. */
  public List<Award> between(String learner, Instant from, Instant to) {
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement("""
            select course_id, credit_hours, awarded_at from credit_award
            where learner = ?
              and awarded_at >= coalesce(?::timestamptz, '-infinity')
              and awarded_at < coalesce(?::timestamptz, 'infinity')
            order by awarded_at, course_id""")) {
      query.setString(1, learner);
      query.setTimestamp(2, from == null ? null : Timestamp.from(from));
      query.setTimestamp(3, to == null ? null : Timestamp.from(to));
      var awards = new ArrayList<Award>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          awards.add(new Award(row.getLong(1), row.getBigDecimal(2), row.getTimestamp(3).toInstant()));
        }
      }
      return awards;
    } catch (SQLException e) {
      throw new IllegalStateException("reading credit awards failed", e);
    }
  }

  /** An award with its learner, for readers of many learners at once. */
  public record LearnerAward(String learner, Award award) {}

  /**
   * Hands everyone's awards of these courses earned in [from, to) to {@code each}, one at a time as they are read: one
   * statement for a whole city's plan (a season is over a million awards), fetched in portions rather than held.
   */
  public void eachOfCourses(Collection<Long> courseIds, Instant from, Instant to, Consumer<LearnerAward> each) {
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement("""
            select learner, course_id, credit_hours, awarded_at from credit_award
            where course_id = any(?) and awarded_at >= ? and awarded_at < ?""")) {
      query.setArray(1, db.createArrayOf("int8", courseIds.toArray()));
      query.setTimestamp(2, Timestamp.from(from));
      query.setTimestamp(3, Timestamp.from(to));
      query.setFetchSize(FETCH_SIZE);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          each.accept(new LearnerAward(row.getString(1),
              new Award(row.getLong(2), row.getBigDecimal(3), row.getTimestamp(4).toInstant())));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading credit awards failed", e);
    }
  }

  public Optional<Award> of(String learner, long courseId) {
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement(
            "select credit_hours, awarded_at from credit_award where learner = ? and course_id = ?")) {
      query.setString(1, learner);
      query.setLong(2, courseId);
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? Optional.of(new Award(courseId, row.getBigDecimal(1), row.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading credit awards failed", e);
    }
  }
}
