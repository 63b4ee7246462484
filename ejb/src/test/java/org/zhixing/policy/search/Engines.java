package org.zhixing.policy.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

/** Test support: engines filled with documents, simple documents, and queries with one thing changed. */
final class Engines {

  private Engines() {}

  static LucenePolicySearchEngine inMemoryWith(Collection<IndexedPolicy> policies) {
    return inMemoryWith(AnalysisMode.BOTH, policies);
  }

  static LucenePolicySearchEngine inMemoryWith(AnalysisMode mode, Collection<IndexedPolicy> policies) {
    var engine = LucenePolicySearchEngine.inMemory(mode);
    engine.rebuild(policies.iterator(), done -> {});
    return engine;
  }

  static List<Long> ids(PolicySearchResult result) {
    return result.hits().stream().map(PolicyHit::id).toList();
  }

  static List<Long> idsFor(PolicySearchEngine engine, String text) {
    return ids(engine.search(PolicyQuery.of(text)));
  }

  static PolicyQuery staffQuery(String text) {
    return PolicyQuery.of(text).withInternal(true);
  }

  static PolicyQuery newest(String text, int offset, int limit) {
    return new PolicyQuery(text, null, null, null, null, null, null, false, PolicySort.NEWEST, offset, limit);
  }

  static PolicyQuery filtered(String text, Set<String> levels, Set<Integer> years, Set<String> tags) {
    return new PolicyQuery(text, levels, null, null, years, tags, null, false, PolicySort.RELEVANCE, 0, 20);
  }

  /** A public city notice whose body repeats its title. */
  static IndexedPolicy policy(long id, String title) {
    return new IndexedPolicy(id, null, title, "中共洛阳市委组织部", "CITY", LocalDate.of(2024, 1, 1), "IN_FORCE",
        "NOTICE", List.of(), title + "。正文。", false);
  }

  /** Documents titled {@code word文件第N号}, with consecutive ids. */
  static List<IndexedPolicy> numbered(long firstId, int count, String word) {
    return LongStream.range(firstId, firstId + count).mapToObj(id -> policy(id, word + "文件第" + id + "号")).toList();
  }
}
