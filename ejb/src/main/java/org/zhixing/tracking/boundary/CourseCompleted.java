package org.zhixing.tracking.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.zhixing.tracking.control.CourseCompletion;

/**
 * A learner completed a course (its lessons and, if required, its test) and was awarded its credit hours, once. Fired
 * in the awarding transaction; certificates are issued after it commits. {@code learnerName} is the name on the
 * learner's own token when the learner's request completed the course, null when a trainer's grade or the deadline
 * sweep did.
 */
public record CourseCompleted(String learner, String learnerName, String orgUnitCode, long courseId,
    String courseTitle, BigDecimal creditHours, Instant completedAt) {

  static CourseCompleted of(String learner, String learnerName, String unit, CourseCompletion.Completed done) {
    return new CourseCompleted(learner, learnerName, unit, done.award().courseId(), done.courseTitle(),
        done.award().creditHours(), done.award().awardedAt());
  }
}
