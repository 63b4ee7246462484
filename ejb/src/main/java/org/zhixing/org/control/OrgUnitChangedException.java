package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** The edit was made on an older version of the unit: someone changed it in the meantime. */
public class OrgUnitChangedException extends DomainException {

  public OrgUnitChangedException(String code, long expected, long actual) {
    super("org-unit-changed", 409, "Org unit %s is at version %d, the edit was made on %d".formatted(code, actual, expected),
        code);
  }
}
