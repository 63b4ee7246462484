package org.zhixing.coverage.control;

import org.zhixing.platform.problem.DomainException;

/** Ranking the counties of a township, say: the level asked for lies above the unit. */
public class InvalidRankingLevelException extends DomainException {

  public InvalidRankingLevelException(RankingLevel level, String unitCode) {
    super("invalid-ranking-level", 422, "No %s lies inside unit %s".formatted(level, unitCode), level.name(), unitCode);
  }
}
