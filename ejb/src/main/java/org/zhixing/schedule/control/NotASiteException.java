package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** The caller's unit holds none of the session's audience, so it is no site of it and cannot check in. */
public class NotASiteException extends DomainException {

  public NotASiteException(String unitCode, long sessionId) {
    super("not-a-site", 403, "Unit %s is no site of session %s".formatted(unitCode, sessionId), unitCode, String.valueOf(sessionId));
  }
}
