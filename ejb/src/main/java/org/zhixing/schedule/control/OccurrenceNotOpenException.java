package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Sign-in codes exist only from half an hour before an occurrence of a published session to half an hour after. */
public class OccurrenceNotOpenException extends DomainException {

  public OccurrenceNotOpenException(long occurrenceId) {
    super("occurrence-not-open", 409, "Occurrence %s is not open for sign-in".formatted(occurrenceId), String.valueOf(occurrenceId));
  }
}
