package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A sign-in code this server did not make, or one that was altered. */
public class SignInCodeInvalidException extends DomainException {

  public SignInCodeInvalidException(String code) {
    super("sign-in-code-invalid", 400, "Invalid sign-in code", shown(code));
  }

  /** Enough of what was sent to recognise it, never a whole pasted text. */
  private static String shown(String code) {
    String text = code == null ? "" : code.strip();
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
