package org.zhixing.schedule.control;

import org.zhixing.platform.problem.DomainException;

/** A site counts from the people it names up to the people it expects. */
public class InvalidSiteCountException extends DomainException {

  public InvalidSiteCountException(int count, int named, long expected) {
    super("invalid-site-count", 422, "Site count %s outside %s..%s".formatted(count, named, expected), count, named, expected);
  }
}
