package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** The bank was shared with the caller's unit from above: it may be drawn from, not edited (or shared further). */
public class BankReadOnlyException extends DomainException {

  public BankReadOnlyException(long id) {
    super("quiz-bank-read-only", 403, "Bank " + id + " is read-only here", id);
  }
}
