package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A course that does not exist, or that the caller may not see (both look the same from outside). */
public class CourseNotFoundException extends DomainException {

  public CourseNotFoundException(long id) {
    super("course-not-found", 404, "No course %s".formatted(id), String.valueOf(id));
  }
}
