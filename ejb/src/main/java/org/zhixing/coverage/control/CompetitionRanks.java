package org.zhixing.coverage.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Ranks the way a league table shows them (比学赶超): the highest value first, equal values sharing a rank and the next
 * one skipping as many places (1, 1, 3). Values compare as shown, e.g. rates to four places.
 */
public final class CompetitionRanks {

  private CompetitionRanks() {}

  /** The rank of each value, in the values' order: one more than the number of values above it. */
  public static List<Integer> of(List<BigDecimal> values) {
    return values.stream()
        .map(own -> 1 + (int) values.stream().filter(other -> other.compareTo(own) > 0).count())
        .toList();
  }
}
