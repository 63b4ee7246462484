package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Publishing a session that collides with others, without saying that the conflicts were seen and accepted. */
public class SessionConflictsException extends DomainException {

  public SessionConflictsException(long sessionId, ConflictReport report) {
    super("session-conflicts", 409, "Session %s has conflicts".formatted(sessionId),
        report.venue().size(), report.trainers().size(), report.audienceBusy());
  }
}
