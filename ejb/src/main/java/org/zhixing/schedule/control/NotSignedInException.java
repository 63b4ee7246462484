package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Signing out of an occurrence one never signed in to. */
public class NotSignedInException extends DomainException {

  public NotSignedInException(long occurrenceId) {
    super("not-signed-in", 409, "Not signed in", occurrenceId);
  }
}
