package org.zhixing.quiz.entity;

import java.util.UUID;
import org.zhixing.platform.problem.DomainException;

/** Only submitted attempts are graded, and a graded answer is not graded again by this route. */
public class AttemptNotGradableException extends DomainException {

  public AttemptNotGradableException(UUID id, int position) {
    super("quiz-attempt-not-gradable", 409, "Attempt %s item %d is not awaiting grading".formatted(id, position), position + 1);
  }
}
