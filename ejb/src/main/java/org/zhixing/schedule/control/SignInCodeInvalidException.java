package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A sign-in code this server did not make, or one that was altered. */
public class SignInCodeInvalidException extends DomainException {

  public SignInCodeInvalidException() {
    super("sign-in-code-invalid", 400, "Invalid sign-in code");
  }
}
