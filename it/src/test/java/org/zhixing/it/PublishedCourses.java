package org.zhixing.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Published courses for progress tests, written straight into the courseware tables of the test database: tracking
 * only needs a published version with measured lessons, and timed lessons need assets whose upload and probing belong
 * to other features' tests. Each call makes a new course, so tests do not share progress.
 */
public final class PublishedCourses {

  /** A lesson to create: a video of {@code seconds}, or a PDF of {@code pages}; with its completion rule. */
  public record LessonSpec(boolean video, int seconds, int pages, boolean required, boolean noSkipAhead,
      boolean presenceChecks) {

    public static LessonSpec video(int seconds) {
      return new LessonSpec(true, seconds, 0, true, false, false);
    }

    public static LessonSpec pdf(int pages) {
      return new LessonSpec(false, 0, pages, true, false, false);
    }

    public LessonSpec strict() {
      return new LessonSpec(video, seconds, pages, required, true, presenceChecks);
    }

    public LessonSpec withPresenceChecks() {
      return new LessonSpec(video, seconds, pages, required, noSkipAhead, true);
    }
  }

  /** The ids of a created course and its lessons, in order. */
  public record Course(long id, List<Long> lessonIds) {
    public long lesson(int index) {
      return lessonIds.get(index);
    }
  }

  private PublishedCourses() {}

  /** A course offered to the whole city, published, worth {@code creditHours}. */
  public static Course create(String title, BigDecimal creditHours, LessonSpec... lessons) {
    try (Connection db = DriverManager.getConnection(System.getProperty("zhixing.db.url"),
        System.getProperty("zhixing.db.user"), System.getProperty("zhixing.db.password"))) {
      long courseId = insert(db, """
          insert into course (owner_unit_code, owner_unit_path, created_by) values ('411600000000', '/411600000000/', 'test')
          returning id""");
      long revisionId;
      try (PreparedStatement revision = db.prepareStatement("""
          insert into course_revision (course_id, number, status, title, credit_hours, required, offered_unit_code,
            offered_unit_path, edited_by, published_at)
          values (?, 1, 'PUBLISHED', ?, ?, true, '411600000000', '/411600000000/', 'test', now()) returning id""")) {
        revision.setLong(1, courseId);
        revision.setString(2, title);
        revision.setBigDecimal(3, creditHours);
        revisionId = single(revision);
      }
      var lessonIds = new ArrayList<Long>();
      for (int i = 0; i < lessons.length; i++) {
        LessonSpec spec = lessons[i];
        try (PreparedStatement lesson = db.prepareStatement("""
            insert into lesson (revision_id, position, lesson_key, title, kind, asset_id, duration_seconds, page_count,
              required, min_watched_share, min_dwell_seconds, no_skip_ahead, presence_checks)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.90, 5, ?, ?) returning id""")) {
          lesson.setLong(1, revisionId);
          lesson.setInt(2, i + 1);
          lesson.setObject(3, UUID.randomUUID());
          lesson.setString(4, "第" + (i + 1) + "课");
          lesson.setString(5, spec.video() ? "VIDEO" : "PDF");
          lesson.setObject(6, UUID.randomUUID());
          lesson.setObject(7, spec.video() ? spec.seconds() : null);
          lesson.setObject(8, spec.video() ? null : spec.pages());
          lesson.setBoolean(9, spec.required());
          lesson.setBoolean(10, spec.noSkipAhead());
          lesson.setBoolean(11, spec.presenceChecks());
          lessonIds.add(single(lesson));
        }
      }
      return new Course(courseId, lessonIds);
    } catch (SQLException e) {
      throw new IllegalStateException("creating a test course failed", e);
    }
  }

  private static long insert(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      return single(statement);
    }
  }

  private static long single(PreparedStatement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
