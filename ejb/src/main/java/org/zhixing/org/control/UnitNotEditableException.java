package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** Admins change the units below their own, never the unit at the top of their subtree (that is its parent's job). */
public class UnitNotEditableException extends DomainException {

  public UnitNotEditableException(String code) {
    super("org-unit-not-editable", 403, "Org unit %s is the root of the caller's scope".formatted(code), code);
  }
}
