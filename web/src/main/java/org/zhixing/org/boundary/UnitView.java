package org.zhixing.org.boundary;

import org.zhixing.org.control.UnitSummary;
import org.zhixing.org.entity.OrgUnit;

/** An org unit with the counts of its subtree, as the API returns it; {@code version} is what an edit names. */
public record UnitView(
    String code,
    String name,
    String kind,
    String parentCode,
    Integer starTarget,
    Integer weakYear,
    boolean povertyAlleviated,
    long villageCount,
    long peopleCount,
    boolean hasChildren,
    long version) {

  static UnitView of(UnitSummary summary) {
    OrgUnit u = summary.unit();
    return new UnitView(
        u.code(),
        u.name(),
        u.kind().name(),
        u.parentCode(),
        u.categories().starTarget(),
        u.categories().weakYear(),
        u.categories().povertyAlleviated(),
        summary.counts().villages(),
        summary.counts().people(),
        summary.counts().children() > 0,
        u.version());
  }
}
