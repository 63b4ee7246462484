package org.zhixing.quiz.control;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The order in which an attempt shows a question's options: shuffled, so that neighbours in an activity room do not
 * see the same letters, and derived from the attempt's seed and the question alone, so that a resumed attempt shows
 * exactly what it showed before, and nothing has to be stored.
 */
public final class OptionOrder {

  private OptionOrder() {}

  /** A permutation of 0..count-1: position i shows the authored option {@code order[i]}. */
  public static int[] of(long seed, long questionId, int count) {
    var random = new SplittableRandom(seed ^ (questionId * 0x9E3779B97F4A7C15L));
    int[] order = IntStream.range(0, count).toArray();
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
