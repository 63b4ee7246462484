package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

public class OrgUnitNotFoundException extends DomainException {

  public OrgUnitNotFoundException(String code) {
    super("No org unit with code %s".formatted(code), code);
  }

  @Override
  public String type() {
    return "org-unit-not-found";
  }

  @Override
  public int status() {
    return 404;
  }
}
