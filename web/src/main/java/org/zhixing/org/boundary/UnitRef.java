package org.zhixing.org.boundary;

import org.zhixing.org.entity.OrgUnit;

/** A unit named in a list: its code, name and parent. */
public record UnitRef(String code, String name, String parentCode) {

  static UnitRef of(OrgUnit unit) {
    return new UnitRef(unit.code(), unit.name(), unit.parentCode());
  }
}
