package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** The unit was absorbed by a merge; it is kept for history and cannot be changed. */
public class UnitRetiredException extends DomainException {

  public UnitRetiredException(String code) {
    super("org-unit-retired", 409, "Org unit %s was merged into another and is retired".formatted(code), code);
  }
}
