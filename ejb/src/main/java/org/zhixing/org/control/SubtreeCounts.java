package org.zhixing.org.control;

/** What lies under a unit: villages and communities, people (the unit's own included), and direct children. */
public record SubtreeCounts(long villages, long people, long children) {

  public static final SubtreeCounts EMPTY = new SubtreeCounts(0, 0, 0);
}
