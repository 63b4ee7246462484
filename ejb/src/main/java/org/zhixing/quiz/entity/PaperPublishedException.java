package org.zhixing.quiz.entity;

import org.zhixing.platform.problem.DomainException;

/** A published paper is what learners take; changing it would change what their attempts meant. */
public class PaperPublishedException extends DomainException {

  public PaperPublishedException(Long paperId) {
    super("quiz-paper-published", 409, "Paper %s is published".formatted(paperId), paperId);
  }
}
