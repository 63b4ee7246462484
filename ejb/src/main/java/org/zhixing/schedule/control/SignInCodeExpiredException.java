package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A genuine sign-in code whose minute has passed: the learner must scan the code on the screen now. */
public class SignInCodeExpiredException extends DomainException {

  public SignInCodeExpiredException(long occurrenceId) {
    super("sign-in-code-expired", 410, "Expired sign-in code", occurrenceId);
  }
}
