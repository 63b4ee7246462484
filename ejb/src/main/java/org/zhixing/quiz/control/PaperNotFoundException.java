package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** No such paper, or one the caller may not see or take. */
public class PaperNotFoundException extends DomainException {

  public PaperNotFoundException(long id) {
    super("quiz-paper-not-found", 404, "Paper " + id, id);
  }
}
