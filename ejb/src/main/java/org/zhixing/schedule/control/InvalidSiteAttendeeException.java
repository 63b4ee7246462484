package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A site names only people it expects. */
public class InvalidSiteAttendeeException extends DomainException {

  public InvalidSiteAttendeeException(long personId, String unitCode) {
    super("invalid-site-attendee", 422, "Person %s is not expected at site %s".formatted(personId, unitCode), String.valueOf(personId), unitCode);
  }
}
