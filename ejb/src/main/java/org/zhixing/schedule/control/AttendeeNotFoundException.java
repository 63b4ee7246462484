package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** The person is not among the people the session expects, so there is no attendance of theirs to correct. */
public class AttendeeNotFoundException extends DomainException {

  public AttendeeNotFoundException(long sessionId, long personId) {
    super("attendee-not-found", 404, "Person %s is not in the audience of session %s".formatted(personId, sessionId),
        String.valueOf(personId), String.valueOf(sessionId));
  }
}
