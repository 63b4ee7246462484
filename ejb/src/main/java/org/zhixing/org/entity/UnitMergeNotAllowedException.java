package org.zhixing.org.entity;

import org.zhixing.platform.problem.DomainException;

/** A merge that is not one township absorbed by another, active township of the same county. */
public class UnitMergeNotAllowedException extends DomainException {

  public UnitMergeNotAllowedException(String code, String targetCode) {
    super("org-unit-merge-not-allowed", 422, "Org unit %s cannot be merged into %s".formatted(code, targetCode),
        code, targetCode);
  }
}
