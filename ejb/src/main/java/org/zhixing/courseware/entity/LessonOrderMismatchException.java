package org.zhixing.courseware.entity;

import org.zhixing.platform.problem.DomainException;

/** A new lesson order that leaves out a lesson, names one twice, or names one of another course. */
public class LessonOrderMismatchException extends DomainException {

  public LessonOrderMismatchException(long lessonCount) {
    super("lesson-order-mismatch", 422, "The order must name each of the %d lessons once".formatted(lessonCount),
        String.valueOf(lessonCount));
  }
}
