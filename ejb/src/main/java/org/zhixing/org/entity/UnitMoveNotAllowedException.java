package org.zhixing.org.entity;

import org.zhixing.platform.problem.DomainException;

/**
 * A move the tree does not allow: to a parent of the wrong level (a village goes under a township), into the unit's
 * own subtree, under a retired unit, or to where it already is.
 */
public class UnitMoveNotAllowedException extends DomainException {

  public UnitMoveNotAllowedException(String code, String targetCode) {
    super("org-unit-move-not-allowed", 422, "Org unit %s cannot move under %s".formatted(code, targetCode),
        code, targetCode);
  }
}
