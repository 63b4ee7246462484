package org.zhixing.content;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/** Deterministic draws that {@link Random} does not offer itself. */
final class Draws {

  private Draws() {}

  /**
   * Splits {@code total} into parts proportional to {@code weights}, each at least
   * {@code minimum}, that add up to exactly {@code total} (largest-remainder rounding; ties go to
   * the earlier part, so the split is the same on every run).
   */
  static int[] split(int total, double[] weights, int minimum) {
    int spare = total - minimum * weights.length;
    if (spare < 0) {
      throw new IllegalStateException(total + " cannot give " + weights.length + " parts " + minimum + " each");
    }
    double sum = Arrays.stream(weights).sum();
    int[] parts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int handedOut = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = spare * weights[i] / sum;
      parts[i] = minimum + (int) exact;
      remainders[i] = exact - (int) exact;
      handedOut += (int) exact;
    }
    int[] byRemainder = IntStream.range(0, weights.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
    for (int k = 0; k < spare - handedOut; k++) {
      parts[byRemainder[k]]++;
    }
    return parts;
  }

  /** Marks exactly {@code count} of {@code size} positions, chosen uniformly (partial Fisher–Yates). */
  static boolean[] choose(int count, int size, Random random) {
    int[] positions = IntStream.range(0, size).toArray();
    boolean[] chosen = new boolean[size];
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(size - i);
      int swap = positions[i];
      positions[i] = positions[j];
      positions[j] = swap;
      chosen[positions[i]] = true;
    }
    return chosen;
  }
}
