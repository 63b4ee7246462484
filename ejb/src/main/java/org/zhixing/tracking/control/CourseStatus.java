package org.zhixing.tracking.control;

import java.math.BigDecimal;
import java.util.List;
import org.zhixing.tracking.control.CreditAwards.Award;

/** A learner's progress in a course: each lesson, the required ones done, and the credit hours once earned. */
public record CourseStatus(long courseId, String title, BigDecimal creditHours, List<LessonStatus> lessons,
    int requiredLessons, int requiredCompleted, Award award) {

  public boolean completed() {
    return award != null;
  }
}
