package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A plan that does not exist, or that the caller may not see (both look the same from outside). */
public class PlanNotFoundException extends DomainException {

  public PlanNotFoundException(long id) {
    super("plan-not-found", 404, "No training plan %s".formatted(id), String.valueOf(id));
  }
}
