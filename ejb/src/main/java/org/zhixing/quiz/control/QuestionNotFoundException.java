package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** No such question in the bank. */
public class QuestionNotFoundException extends DomainException {

  public QuestionNotFoundException(long id) {
    super("quiz-question-not-found", 404, "Question " + id, id);
  }
}
