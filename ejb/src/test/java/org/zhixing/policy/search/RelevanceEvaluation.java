package org.zhixing.policy.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhixing.content.JudgedQueries;
import org.zhixing.content.Judgment;
import org.zhixing.content.PolicyPack;
import org.zhixing.content.PolicySeed;

/**
 * How well the engine ranks the content pack's policy documents for the judged queries: nDCG@10 (graded gains
 * 2^grade − 1, the ideal taken from the judgments) and recall@10 (the share of the documents judged relevant that are
 * among the first ten), per analysis mode. Queries run as staff, who see internal documents too. {@link RelevanceTest}
 * holds the engine to it; {@link #main} prints the figures and the weakest queries, for tuning.
 */
final class RelevanceEvaluation {

  static final int K = 10;

  /** The figures of one mode, and each query's nDCG, weakest first. */
  record Figures(AnalysisMode mode, double ndcg, double recall, List<QueryFigure> queries) {}

  record QueryFigure(Judgment judgment, double ndcg, double recall, List<String> ranked) {}

  private final List<PolicySeed> seeds;
  private final List<Judgment> judgments;

  RelevanceEvaluation(List<PolicySeed> seeds, List<Judgment> judgments) {
    this.seeds = List.copyOf(seeds);
    this.judgments = List.copyOf(judgments);
  }

  static RelevanceEvaluation ofContentPack() {
    return new RelevanceEvaluation(PolicyPack.load().documents(), JudgedQueries.load());
  }

  public static void main(String[] args) {
    var evaluation = ofContentPack();
    var all = evaluation.allModes(Weights.DEFAULT);
    System.out.println(evaluation.table(all));
    for (QueryFigure query : all.get(AnalysisMode.BOTH).queries().subList(0, 15)) {
      System.out.printf("%.2f %.2f %s %s %s%n  got %s%n", query.ndcg(), query.recall(), query.judgment().id(),
          query.judgment().query(), query.judgment().grades(), query.ranked());
    }
  }

  Map<AnalysisMode, Figures> allModes(Weights weights) {
    var figures = new EnumMap<AnalysisMode, Figures>(AnalysisMode.class);
    for (AnalysisMode mode : AnalysisMode.values()) {
      figures.put(mode, evaluate(mode, weights));
    }
    return figures;
  }

  Figures evaluate(AnalysisMode mode, Weights weights) {
    try (var engine = LucenePolicySearchEngine.inMemory(mode, weights)) {
      engine.rebuild(indexed(seeds).iterator(), done -> {});
      var queries = new ArrayList<QueryFigure>();
      for (Judgment judgment : judgments) {
        List<String> ranked = ranked(engine, judgment.query());
        queries.add(new QueryFigure(judgment, RankingMetrics.ndcg(ranked, judgment.grades(), K),
            RankingMetrics.recall(ranked, judgment.grades(), K), ranked));
      }
      queries.sort((a, b) -> Double.compare(a.ndcg(), b.ndcg()));
      double ndcg = queries.stream().mapToDouble(QueryFigure::ndcg).average().orElse(0);
      double recall = queries.stream().mapToDouble(QueryFigure::recall).average().orElse(0);
      return new Figures(mode, ndcg, recall, List.copyOf(queries));
    }
  }

  String table(Map<AnalysisMode, Figures> figures) {
    var table = new StringBuilder(
        "Relevance on %d documents, %d judged queries%n".formatted(seeds.size(), judgments.size()));
    table.append("%-10s %8s %10s%n".formatted("mode", "nDCG@" + K, "recall@" + K));
    figures.values().forEach(f -> table.append("%-10s %8.3f %10.3f%n".formatted(f.mode(), f.ndcg(), f.recall())));
    return table.toString();
  }

  /** The keys of the first K results, as staff see them. */
  private List<String> ranked(PolicySearchEngine engine, String query) {
    var asStaff = new PolicyQuery(query, null, null, null, null, null, null, true, PolicySort.RELEVANCE, 0, K);
    return engine.search(asStaff).hits().stream().map(hit -> seeds.get((int) hit.id() - 1).key()).toList();
  }

  /** Seeds as the index sees them; the id is the position in the list, counted from one. */
  static List<IndexedPolicy> indexed(List<PolicySeed> seeds) {
    var policies = new ArrayList<IndexedPolicy>();
    for (int i = 0; i < seeds.size(); i++) {
      PolicySeed seed = seeds.get(i);
      policies.add(new IndexedPolicy(i + 1, seed.docNumber(), seed.title(), seed.authority(), seed.level(),
          seed.issueDate(), seed.status(), seed.type(), seed.tags(), seed.body(), "INTERNAL".equals(seed.audience())));
    }
    return policies;
  }
}
