package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** A paper or an attempt refers to the question, so it stays as it is: results must keep their meaning. */
public class QuestionInUseException extends DomainException {

  public QuestionInUseException(long id) {
    super("quiz-question-in-use", 409, "Question " + id + " is in use", id);
  }
}
