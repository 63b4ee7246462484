package org.zhixing.coverage.control;

/** The units a ranking sets side by side, by their depth in the org tree (the city is 0). */
public enum RankingLevel {
  COUNTY(1),
  TOWNSHIP(2);

  private final int depth;

  RankingLevel(int depth) {
    this.depth = depth;
  }

  public int depth() {
    return depth;
  }
}
