package org.zhixing.tracking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interval merging against a plain model: one boolean per millisecond of a short lesson. */
class WatchedTimeTest {

  private static final int LENGTH = 300;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024, 20240501, 987654321})
  void mergingMatchesAMillisecondModelInAnyOrderWithDuplicates(long seed) {
    var random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      List<int[]> intervals = randomIntervals(random);
      boolean[] model = new boolean[LENGTH];
      for (int[] interval : intervals) {
        for (int ms = Math.max(0, interval[0]); ms < interval[1]; ms++) {
          model[ms] = true;
        }
      }

      WatchedTime inOrder = addAll(intervals);
      var shuffled = new ArrayList<>(intervals);
      shuffled.addAll(intervals.subList(0, intervals.size() / 2));
      Collections.shuffle(shuffled, random);
      WatchedTime shuffledWithResends = addAll(shuffled);

      assertThat(shuffledWithResends).isEqualTo(inOrder);
      assertThat(inOrder.total(LENGTH)).isEqualTo(count(model));
      assertThat(inOrder.frontier()).isEqualTo(frontier(model));
      assertThat(inOrder.intervalCount()).isEqualTo(runs(model));
      assertThat(WatchedTime.of(inOrder.bounds())).isEqualTo(inOrder);
    }
  }

  @Test
  void unionOfTwoSetsIsTheSetOfAllTheirIntervals() {
    var random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<int[]> a = randomIntervals(random);
      List<int[]> b = randomIntervals(random);
      var both = new ArrayList<>(a);
      both.addAll(b);
      assertThat(addAll(a).plus(addAll(b))).isEqualTo(addAll(both)).isEqualTo(addAll(b).plus(addAll(a)));
    }
  }

  @Test
  void touchingIntervalsBecomeOne() {
    WatchedTime time = WatchedTime.NONE.plus(0, 5_000).plus(10_000, 15_000).plus(5_000, 10_000);
    assertThat(time.bounds()).containsExactly(0, 15_000);
    assertThat(time.frontier()).isEqualTo(15_000);
  }

  @Test
  void aGapKeepsTheFrontierAtItsStart() {
    WatchedTime time = WatchedTime.NONE.plus(0, 4_000).plus(4_001, 9_000);
    assertThat(time.intervalCount()).isEqualTo(2);
    assertThat(time.frontier()).isEqualTo(4_000);
    assertThat(time.total(Integer.MAX_VALUE)).isEqualTo(8_999);
  }

  @Test
  void totalCountsOnlyWithinTheLimit() {
    assertThat(WatchedTime.NONE.plus(50, 150).total(100)).isEqualTo(50);
  }

  @Test
  void emptyAndInvertedIntervalsChangeNothing() {
    WatchedTime time = WatchedTime.NONE.plus(10, 20);
    assertThat(time.plus(30, 30)).isSameAs(time);
    assertThat(time.plus(40, 35)).isSameAs(time);
    assertThat(time.plus(12, 18)).isSameAs(time);
  }

  @Test
  void storedSetsMustBeMerged() {
    assertThatThrownBy(() -> WatchedTime.of(0, 10, 10, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WatchedTime.of(5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WatchedTime.of(0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Short and long, overlapping, touching, empty, inverted and partly negative intervals. */
  private static List<int[]> randomIntervals(Random random) {
    int n = random.nextInt(12);
    var intervals = new ArrayList<int[]>();
    for (int i = 0; i < n; i++) {
      int from = random.nextInt(LENGTH + 20) - 10;
      int to = random.nextInt(4) == 0 ? from + random.nextInt(5) - 1 : from + random.nextInt(LENGTH / 3);
      intervals.add(new int[] {from, Math.min(to, LENGTH)});
      if (random.nextInt(5) == 0) {
        intervals.add(new int[] {Math.min(to, LENGTH), Math.min(LENGTH, to + random.nextInt(30))});
      }
    }
    return intervals;
  }

  private static WatchedTime addAll(List<int[]> intervals) {
    WatchedTime time = WatchedTime.NONE;
    for (int[] interval : intervals) {
      time = time.plus(interval[0], interval[1]);
    }
    return time;
  }

  private static long count(boolean[] model) {
    long n = 0;
    for (boolean watched : model) {
      n += watched ? 1 : 0;
    }
    return n;
  }

  private static int frontier(boolean[] model) {
    int end = 0;
    while (end < model.length && model[end]) {
      end++;
    }
    return end;
  }

  private static int runs(boolean[] model) {
    int runs = 0;
    for (int i = 0; i < model.length; i++) {
      runs += model[i] && (i == 0 || !model[i - 1]) ? 1 : 0;
    }
    return runs;
  }
}
