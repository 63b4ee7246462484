package org.zhixing.coverage.entity;

import org.zhixing.platform.problem.DomainException;

/** A plan whose fields do not make sense together; {@code field} names the one at fault. */
public class InvalidPlanException extends DomainException {

  public InvalidPlanException(String field) {
    super("invalid-plan", 422, "Invalid training plan: " + field, field);
  }
}
