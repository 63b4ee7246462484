package org.zhixing.courseware.entity;

import org.zhixing.platform.problem.DomainException;

/** No such lesson in the course version at hand. */
public class LessonNotFoundException extends DomainException {

  public LessonNotFoundException(String id) {
    super("lesson-not-found", 404, "No lesson %s".formatted(id), id);
  }

  public LessonNotFoundException(long id) {
    this(String.valueOf(id));
  }
}
