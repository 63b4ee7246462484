package org.zhixing.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The policy pack and the judgments loaded once per test run, with the look-ups the tests share. */
final class LoadedPolicies {

  static final List<PolicySeed> DOCUMENTS = PolicyPack.load().documents();
  static final Map<String, PolicySeed> BY_KEY = DOCUMENTS.stream()
      .collect(Collectors.toMap(PolicySeed::key, Function.identity()));
  static final List<Judgment> JUDGMENTS = JudgedQueries.load();

  private LoadedPolicies() {}

  /** The percentage of documents that meet the condition, rounded down. */
  static long share(Predicate<PolicySeed> condition) {
    return DOCUMENTS.stream().filter(condition).count() * 100 / DOCUMENTS.size();
  }
}
