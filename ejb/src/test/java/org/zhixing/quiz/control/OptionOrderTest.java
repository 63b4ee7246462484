package org.zhixing.quiz.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionOrderTest {

  @Test
  void anAttemptShowsTheSameOrderEveryTime() {
    assertThat(OptionOrder.of(12345L, 77L, 6)).isEqualTo(OptionOrder.of(12345L, 77L, 6));
  }

  @Test
  void theOrderIsAPermutation() {
    for (long seed = 0; seed < 100; seed++) {
      int[] order = OptionOrder.of(seed, seed * 31, 5);
      assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(0, 1, 2, 3, 4);
    }
  }

  @Test
  void attemptsAndQuestionsGetDifferentOrders() {
    Set<String> byAttempt = new HashSet<>();
    Set<String> byQuestion = new HashSet<>();
    for (long i = 0; i < 50; i++) {
      byAttempt.add(Arrays.toString(OptionOrder.of(i, 5L, 4)));
      byQuestion.add(Arrays.toString(OptionOrder.of(5L, i, 4)));
    }
    assertThat(byAttempt).as("4! = 24 orders possible").hasSizeGreaterThan(12);
    assertThat(byQuestion).hasSizeGreaterThan(12);
  }

  @Test
  void everyPositionIsReachedAboutEvenly() {
    int[] first = new int[4];
    for (long seed = 0; seed < 4000; seed++) {
      first[OptionOrder.of(seed, 1L, 4)[0]]++;
    }
    assertThat(Arrays.stream(first).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(850, 1150));
  }
}
