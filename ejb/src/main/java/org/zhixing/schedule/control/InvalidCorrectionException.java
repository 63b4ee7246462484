package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A correction that contradicts itself, such as a sign-out before the sign-in. */
public class InvalidCorrectionException extends DomainException {

  public InvalidCorrectionException(String field) {
    super("invalid-attendance-correction", 422, "Invalid attendance correction: " + field, field);
  }
}
