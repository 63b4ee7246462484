package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Only remote synchronous sessions are watched in sites; other sessions have no site check-in. */
public class NotRemoteSessionException extends DomainException {

  public NotRemoteSessionException(long sessionId) {
    super("not-a-remote-session", 409, "Session %s is not a remote session".formatted(sessionId), String.valueOf(sessionId));
  }
}
