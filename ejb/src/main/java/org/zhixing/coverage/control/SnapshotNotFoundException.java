package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** A month ({@code YYYY-MM}) of a plan for which no snapshot was taken. */
public class SnapshotNotFoundException extends DomainException {

  public SnapshotNotFoundException(long planId, String month) {
    super("snapshot-not-found", 404, "No snapshot of plan %d for %s".formatted(planId, month), String.valueOf(planId),
        month);
  }
}
