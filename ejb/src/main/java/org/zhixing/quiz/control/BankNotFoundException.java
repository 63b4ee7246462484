package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** No such question bank, or one the caller may not see. */
public class BankNotFoundException extends DomainException {

  public BankNotFoundException(long id) {
    super("quiz-bank-not-found", 404, "Bank " + id, id);
  }
}
