package org.zhixing.courseware.control;

import org.zhixing.platform.problem.DomainException;

/** A course may only cite policy documents that exist and that its editor can read. */
public class UnknownPolicyException extends DomainException {

  public UnknownPolicyException(long policyId) {
    super("course-policy-unknown", 422, "No readable policy document %s".formatted(policyId), String.valueOf(policyId));
  }
}
