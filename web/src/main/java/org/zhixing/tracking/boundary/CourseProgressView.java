package org.zhixing.tracking.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.zhixing.tracking.boundary.BatchView.AwardView;
import org.zhixing.tracking.control.CourseStatus;

/** A course's progress: every lesson, the required ones done, and the credit award once the course is complete. */
public record CourseProgressView(long courseId, String title, BigDecimal creditHours, List<LessonProgressView> lessons,
    int requiredLessons, int requiredCompleted, RequiredTestView requiredTest, boolean waitingForTest,
    boolean completed, AwardView award) {

  /** The test the course requires for completion: take it from 我的考试 (quiz). */
  public record RequiredTestView(long paperId, String title) {}

  static CourseProgressView of(CourseStatus s) {
    return new CourseProgressView(s.courseId(), s.title(), s.creditHours(),
        s.lessons().stream().map(LessonProgressView::of).toList(), s.requiredLessons(), s.requiredCompleted(),
        s.requiredTest() == null ? null : new RequiredTestView(s.requiredTest().paperId(), s.requiredTest().title()),
        s.waitingForTest(), s.completed(), AwardView.of(s.award()));
  }
}
