package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** The learner is not among the people the session expects. */
public class NotInAudienceException extends DomainException {

  public NotInAudienceException(String username, long sessionId) {
    super("not-in-audience", 403, "%s is not in the audience of session %s".formatted(username, sessionId), String.valueOf(sessionId));
  }
}
