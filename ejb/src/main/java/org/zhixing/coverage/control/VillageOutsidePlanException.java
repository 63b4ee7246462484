package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A village named for supervision is not a village (or community) inside the plan's unit. */
public class VillageOutsidePlanException extends DomainException {

  public VillageOutsidePlanException(String villageCode, long planId) {
    super("village-outside-plan", 422,
        "Village %s lies outside plan %s".formatted(villageCode, planId), villageCode, String.valueOf(planId));
  }
}
