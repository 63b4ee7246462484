package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A draft plan has no roster yet: there is nobody to remind or invite. */
public class PlanNotPublishedException extends DomainException {

  public PlanNotPublishedException(long planId) {
    super("plan-not-published", 409, "Plan %s is not published".formatted(planId), String.valueOf(planId));
  }
}
