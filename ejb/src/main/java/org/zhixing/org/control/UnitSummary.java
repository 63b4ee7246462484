package org.zhixing.org.control;

import org.zhixing.org.entity.OrgUnit;

/** A unit together with the counts of its subtree, as the tree browser shows it. */
public record UnitSummary(OrgUnit unit, SubtreeCounts counts) {}
