package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** Nobody to remind or invite: no village was named, and none in the unit lies below the threshold. */
public class NoVillagesChosenException extends DomainException {

  public NoVillagesChosenException(String unitCode) {
    super("no-villages-chosen", 422, "No village chosen for supervision in " + unitCode, unitCode);
  }
}
