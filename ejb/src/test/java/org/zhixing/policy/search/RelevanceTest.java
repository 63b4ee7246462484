package org.zhixing.policy.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceTest {

  @Test
  void bothAnalysesTogetherRankTheJudgedQueriesWell() {
    var evaluation = RelevanceEvaluation.ofContentPack();
    var figures = evaluation.allModes(Weights.DEFAULT);
    System.out.print(evaluation.table(figures));

    assertThat(figures.get(AnalysisMode.BOTH).ndcg()).isGreaterThanOrEqualTo(0.85);
  }
}
