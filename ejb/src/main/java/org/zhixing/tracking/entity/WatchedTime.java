package org.zhixing.tracking.entity;

import java.util.Arrays;

/**
 * The media time a learner has watched of one lesson: a set of half-open intervals {@code [from, to)} in
 * milliseconds, kept sorted, disjoint and with touching intervals joined, so that it stays as small as the learner's
 * viewing allows (one interval for a lesson watched straight through). Adding an interval twice, or in any order,
 * gives the same set: that is what makes resent and late reports harmless. Immutable.
 */
public final class WatchedTime {

  public static final WatchedTime NONE = new WatchedTime(new int[0]);

  /** Flat pairs {@code from0, to0, from1, to1, …}: the layout of the database's {@code integer[]} column. */
  private final int[] bounds;

  private WatchedTime(int[] bounds) {
    this.bounds = bounds;
  }

  /** The set stored as flat pairs; checks that they are sorted, disjoint, not touching and not empty. */
  public static WatchedTime of(int... bounds) {
    if (bounds.length % 2 != 0) {
      throw new IllegalArgumentException("interval bounds come in pairs");
    }
    for (int i = 0; i < bounds.length; i += 2) {
      if (bounds[i] < 0 || bounds[i] >= bounds[i + 1] || i > 0 && bounds[i] <= bounds[i - 1]) {
        throw new IllegalArgumentException("not a merged interval set: " + Arrays.toString(bounds));
      }
    }
    return new WatchedTime(bounds.clone());
  }

  /** This set with {@code [from, to)} added; an empty or inverted interval changes nothing. */
  public WatchedTime plus(int from, int to) {
    from = Math.max(0, from);
    if (to <= from) {
      return this;
    }
    int n = bounds.length / 2;
    // First interval that ends at or after from (touching counts), and first that starts after to.
    int first = 0;
    while (first < n && bounds[2 * first + 1] < from) {
      first++;
    }
    int last = first;
    while (last < n && bounds[2 * last] <= to) {
      last++;
    }
    if (first < last) {
      from = Math.min(from, bounds[2 * first]);
      to = Math.max(to, bounds[2 * last - 1]);
    }
    int[] merged = new int[bounds.length - 2 * (last - first) + 2];
    System.arraycopy(bounds, 0, merged, 0, 2 * first);
    merged[2 * first] = from;
    merged[2 * first + 1] = to;
    System.arraycopy(bounds, 2 * last, merged, 2 * first + 2, bounds.length - 2 * last);
    return Arrays.equals(merged, bounds) ? this : new WatchedTime(merged);
  }

  public WatchedTime plus(WatchedTime other) {
    WatchedTime result = this;
    for (int i = 0; i < other.bounds.length; i += 2) {
      result = result.plus(other.bounds[i], other.bounds[i + 1]);
    }
    return result;
  }

  /** Milliseconds watched at least once within {@code [0, limit)}. */
  public long total(int limit) {
    long sum = 0;
    for (int i = 0; i < bounds.length && bounds[i] < limit; i += 2) {
      sum += Math.min(bounds[i + 1], limit) - bounds[i];
    }
    return sum;
  }

  /** How far the learner has watched without a gap from the start: the end of the interval starting at 0. */
  public int frontier() {
    return bounds.length > 0 && bounds[0] == 0 ? bounds[1] : 0;
  }

  public int intervalCount() {
    return bounds.length / 2;
  }

  public boolean isEmpty() {
    return bounds.length == 0;
  }

  /** The flat pairs, a copy. */
  public int[] bounds() {
    return bounds.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WatchedTime other && Arrays.equals(bounds, other.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    var text = new StringBuilder("{");
    for (int i = 0; i < bounds.length; i += 2) {
      text.append(i == 0 ? "" : ", ").append('[').append(bounds[i]).append(", ").append(bounds[i + 1]).append(')');
    }
    return text.append('}').toString();
  }
}
