package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** The learner has used every attempt the paper allows. */
public class NoAttemptsLeftException extends DomainException {

  public NoAttemptsLeftException(long id, int maxAttempts) {
    super("quiz-no-attempts-left", 409, "No attempts left at paper " + id, maxAttempts);
  }
}
