package org.zhixing.schedule.entity;

import org.zhixing.platform.problem.DomainException;

/** A step the session's state does not allow, such as editing a published session or publishing a cancelled one. */
public class SessionTransitionException extends DomainException {

  public SessionTransitionException(String status, String step) {
    super("session-transition", 409, "Cannot %s a %s session".formatted(step, status), step, status);
  }
}
