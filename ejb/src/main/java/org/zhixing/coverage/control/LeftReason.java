package org.zhixing.coverage.control;

/** Why someone on a roster no longer counts: they departed (离任), or they now serve outside the plan's subtree. */
public enum LeftReason {
  DEPARTED,
  MOVED_OUT
}
