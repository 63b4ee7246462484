package org.zhixing.courseware.entity;

import org.zhixing.platform.problem.DomainException;

/** A workflow step that the course's current state does not allow, e.g. approving a draft that was never submitted. */
public class CourseTransitionException extends DomainException {

  public CourseTransitionException(String action, String status) {
    super("course-transition-not-allowed", 409, "Cannot %s a course version that is %s".formatted(action, status),
        action, status);
  }
}
