package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Publishing a session that collides with others, without saying that the conflicts were seen and accepted. */
public class SessionConflictsException extends DomainException {

  public SessionConflictsException(long venueClashes, long trainerClashes, long audienceBusy) {
    super("session-conflicts", 409, "Session has conflicts", venueClashes, trainerClashes, audienceBusy);
  }
}
