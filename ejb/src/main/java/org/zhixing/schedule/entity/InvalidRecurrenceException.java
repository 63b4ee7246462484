package org.zhixing.schedule.entity;

import org.zhixing.platform.problem.DomainException;

/** An RRULE this system does not understand, or one that contradicts itself (COUNT and UNTIL together). */
public class InvalidRecurrenceException extends DomainException {

  public InvalidRecurrenceException(String rule) {
    super("invalid-recurrence", 422, "Unsupported or invalid RRULE: " + rule, rule);
  }
}
