package org.zhixing.org.entity;

/**
 * A unit moved to another parent: the path it had, the path it has now, and by how much its depth changed. Every unit
 * below it moves the same way, its path rebased from the old prefix onto the new one.
 */
public record SubtreeMove(String code, String oldPath, String newPath, int depthChange) {

  /** The path a unit below the moved one has after the move. */
  public String rebase(String descendantPath) {
    if (!descendantPath.startsWith(oldPath)) {
      throw new IllegalArgumentException(descendantPath + " is not below " + oldPath);
    }
    return newPath + descendantPath.substring(oldPath.length());
  }
}
