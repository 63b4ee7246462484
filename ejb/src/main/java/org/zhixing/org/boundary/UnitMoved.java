package org.zhixing.org.boundary;

/**
 * A unit now sits elsewhere in the tree, with everything below it: fired inside the transaction of the move, so that
 * features keeping copies of org paths (to scope their rows by prefix) rebase them before it commits.
 */
public record UnitMoved(String code, String oldPath, String newPath) {}
