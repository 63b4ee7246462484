package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A code already used by this learner for this occurrence, offered again for the next step (signing out needs a
 * fresh scan at the end, not the code scanned on arrival). */
public class SignInCodeReplayedException extends DomainException {

  public SignInCodeReplayedException(long occurrenceId) {
    super("sign-in-code-replayed", 409, "Sign-in code already used", occurrenceId);
  }
}
