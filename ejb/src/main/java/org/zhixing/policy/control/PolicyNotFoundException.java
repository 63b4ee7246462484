package org.zhixing.policy.control;

import org.zhixing.platform.problem.DomainException;

/** A policy document that does not exist, or that the caller may not see (both look the same from outside). */
public class PolicyNotFoundException extends DomainException {

  public PolicyNotFoundException(long id) {
    super("policy-not-found", 404, "No policy document %s".formatted(id), String.valueOf(id));
  }
}
