package org.zhixing.schedule.entity;

import org.zhixing.platform.problem.DomainException;

/** The session has no occurrence at that start. */
public class OccurrenceNotFoundException extends DomainException {

  public OccurrenceNotFoundException(Object sessionId, Object when) {
    super("occurrence-not-found", 404, "Session %s has no occurrence %s".formatted(sessionId, when),
        String.valueOf(sessionId), String.valueOf(when));
  }
}
