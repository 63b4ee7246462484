package org.zhixing.policy.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The two figures the relevance evaluation reports for one query, from the ranked keys and the judged grades (0 = not
 * relevant, higher = more relevant; unjudged documents count as 0).
 */
final class RankingMetrics {

  private RankingMetrics() {}

  /** Normalized discounted cumulative gain of the first k results, with graded gains 2^grade − 1. */
  static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).toList(), k);
    if (ideal == 0) {
      return 1; // nothing relevant to find, so nothing was missed
    }
    return dcg(ranked.stream().map(key -> grades.getOrDefault(key, 0)).toList(), k) / ideal;
  }

  /** The share of the relevant documents (grade ≥ 1) that are among the first k results. */
  static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(grade -> grade >= 1).count();
    if (relevant == 0) {
      return 1;
    }
    long found = ranked.stream().limit(k).filter(key -> grades.getOrDefault(key, 0) >= 1).count();
    return (double) found / relevant;
  }

  private static double dcg(List<Integer> gradesInOrder, int k) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, gradesInOrder.size()); i++) {
      sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }
}
