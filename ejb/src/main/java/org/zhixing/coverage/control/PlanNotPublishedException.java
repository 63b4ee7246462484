package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A draft has no roster yet, so there is nothing to take a snapshot of, and nobody to remind or invite. */
public class PlanNotPublishedException extends DomainException {

  public PlanNotPublishedException(long planId) {
    super("plan-not-published", 409, "Plan %d is a draft".formatted(planId), String.valueOf(planId));
  }
}
