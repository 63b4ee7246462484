package org.zhixing.quiz.entity;

import org.zhixing.platform.problem.DomainException;

/** A question that cannot be saved as written; the argument names the first problem's message. */
public class InvalidQuestionException extends DomainException {

  public InvalidQuestionException(QuestionContent.Problem problem) {
    super("invalid-question", 422, "Invalid question: " + problem.slug(), problem.slug());
  }
}
