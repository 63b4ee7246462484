package org.zhixing.coverage.entity;

import org.zhixing.platform.problem.DomainException;

/** A published plan keeps its rule and items: its roster and figures were computed from them. */
public class PlanPublishedException extends DomainException {

  public PlanPublishedException(Long id) {
    super("plan-published", 409, "Training plan %s is published".formatted(id), String.valueOf(id));
  }
}
