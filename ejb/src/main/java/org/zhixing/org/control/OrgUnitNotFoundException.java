package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** No unit has the code asked for. */
public class OrgUnitNotFoundException extends DomainException {

  public OrgUnitNotFoundException(String code) {
    super("org-unit-not-found", 404, "No org unit with code %s".formatted(code), code);
  }
}
