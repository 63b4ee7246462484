package org.zhixing.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhixing.content.JudgedQueries;
import org.zhixing.content.Judgment;
import org.zhixing.content.PolicyCorpusGenerator;
import org.zhixing.content.PolicyPack;
import org.zhixing.content.PolicySeed;

/**
 * Indexing speed and query latency, on the content pack and on generated documents, with the judged queries. Not a
 * test the build runs (the name says so to Surefire); run it with {@code -Dtest=SearchBenchmark}, and
 * {@code -Dzhixing.benchmark.docs=100000} for the full scale (default 5,000).
 */
class SearchBenchmark {

  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void measureThePack() {
    measure("pack", PolicyPack.load().documents(), dir.resolve("pack"));
  }

  @Test
  void measureGeneratedDocuments() {
    int docs = Integer.getInteger("zhixing.benchmark.docs", 5_000);
    measure("generated", PolicyCorpusGenerator.generate(42, docs).toList(), dir.resolve("generated"));
  }

  private static void measure(String label, List<PolicySeed> seeds, Path index) {
    List<String> queries = JudgedQueries.load().stream().map(Judgment::query).toList();
    try (var engine = LucenePolicySearchEngine.open(index, AnalysisMode.BOTH)) {
      long start = System.nanoTime();
      engine.rebuild(RelevanceEvaluation.indexed(seeds).iterator(), done -> {});
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%n%s: %d documents indexed in %.1f s, %.0f docs/s, %d MiB%n",
          label, seeds.size(), seconds, seeds.size() / seconds, sizeMiB(index));
      for (int round = 0; round < ROUNDS; round++) {
        latency("search by relevance", engine, queries, PolicySort.RELEVANCE);
      }
      latency("search by newest", engine, queries, PolicySort.NEWEST);
      suggestLatency(engine, queries);
    }
  }

  private static void latency(String label, PolicySearchEngine engine, List<String> queries, PolicySort sort) {
    var nanos = new ArrayList<Long>();
    long hits = 0;
    for (String text : queries) {
      var query = new PolicyQuery(text, null, null, null, null, null, null, true, sort, 0, 10);
      long start = System.nanoTime();
      hits += engine.search(query).total();
      nanos.add(System.nanoTime() - start);
    }
    report(label, nanos, "%d hits a query on average".formatted(hits / queries.size()));
  }

  private static void suggestLatency(PolicySearchEngine engine, List<String> queries) {
    var nanos = new ArrayList<Long>();
    for (String text : queries) {
      long start = System.nanoTime();
      engine.suggest(text.substring(0, Math.min(3, text.length())), false, 8);
      nanos.add(System.nanoTime() - start);
    }
    report("suggest", nanos, "");
  }

  private static void report(String label, List<Long> nanos, String note) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%-20s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %s%n", label,
        sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
        sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)] / 1e6, sorted[sorted.length - 1] / 1e6, note);
  }

  private static long sizeMiB(Path index) {
    try (Stream<Path> files = Files.list(index)) {
      return files.mapToLong(file -> file.toFile().length()).sum() >> 20;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
