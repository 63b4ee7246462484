package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

  private final Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1, "x", 0);

  @Test
  void theIdealOrderScoresOne() {
    assertThat(RankingMetrics.ndcg(List.of("a", "b", "c"), grades, 10)).isEqualTo(1.0);
    assertThat(RankingMetrics.recall(List.of("a", "b", "c"), grades, 10)).isEqualTo(1.0);
  }

  @Test
  void aSwapCostsWhatTheFormulaSays() {
    double ideal = 7 + 3 / log2(3) + 1 / log2(4);
    double swapped = 3 + 7 / log2(3) + 1 / log2(4);
    assertThat(RankingMetrics.ndcg(List.of("b", "a", "c"), grades, 10)).isCloseTo(swapped / ideal, within(1e-9));
  }

  @Test
  void unjudgedAndIrrelevantResultsGainNothing() {
    double ideal = 7 + 3 / log2(3) + 1 / log2(4);
    assertThat(RankingMetrics.ndcg(List.of("x", "zzz", "a"), grades, 10)).isCloseTo(7 / log2(4) / ideal, within(1e-9));
    assertThat(RankingMetrics.recall(List.of("x", "zzz", "a"), grades, 10)).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void onlyTheFirstKCount() {
    assertThat(RankingMetrics.recall(List.of("x", "a", "b", "c"), grades, 2)).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(RankingMetrics.ndcg(List.of("x", "a"), grades, 1)).isZero();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
