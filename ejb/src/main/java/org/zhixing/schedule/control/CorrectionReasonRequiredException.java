package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** Attendance is corrected by hand only with a reason, which the audit log keeps. */
public class CorrectionReasonRequiredException extends DomainException {

  public CorrectionReasonRequiredException(long personId) {
    super("correction-reason-required", 422, "A correction of attendance needs a reason", String.valueOf(personId));
  }
}
