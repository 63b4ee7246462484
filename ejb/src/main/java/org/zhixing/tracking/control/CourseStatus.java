package org.zhixing.tracking.control;

import java.math.BigDecimal;
import java.util.List;
import org.zhixing.quiz.boundary.RequiredTest;
import org.zhixing.tracking.control.CreditAwards.Award;

/**
 * A learner's progress in a course: each lesson, the required ones done, the test the course requires (null when
 * none) and whether only that test is missing, and the credit hours once earned.
 */
public record CourseStatus(long courseId, String title, BigDecimal creditHours, List<LessonStatus> lessons,
    int requiredLessons, int requiredCompleted, RequiredTest requiredTest, boolean waitingForTest, Award award) {

  public boolean completed() {
    return award != null;
  }
}
