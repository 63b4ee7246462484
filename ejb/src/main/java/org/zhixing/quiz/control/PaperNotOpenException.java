package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** The paper takes no attempts now: it is not published, not yet open, or closed. */
public class PaperNotOpenException extends DomainException {

  public PaperNotOpenException(long id) {
    super("quiz-paper-not-open", 409, "Paper " + id + " is not open", id);
  }
}
