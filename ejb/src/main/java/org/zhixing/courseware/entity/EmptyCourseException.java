package org.zhixing.courseware.entity;

import org.zhixing.platform.problem.DomainException;

/** A course without lessons cannot go to review. */
public class EmptyCourseException extends DomainException {

  public EmptyCourseException(String courseTitle) {
    super("course-without-lessons", 422, "A course needs at least one lesson before it is submitted", courseTitle);
  }
}
