package org.zhixing.quiz.control;

import java.util.UUID;
import org.zhixing.platform.problem.DomainException;

/** No such attempt, or one of another learner outside the caller's scope. */
public class AttemptNotFoundException extends DomainException {

  public AttemptNotFoundException(UUID id) {
    super("quiz-attempt-not-found", 404, "Attempt " + id, id);
  }
}
