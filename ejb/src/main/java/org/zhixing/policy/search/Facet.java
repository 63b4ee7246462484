package org.zhixing.policy.search;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The dimensions results can be filtered and counted by. Each has a keyword field holding its exact values, for
 * filters, and a facet of the same name in sorted-set doc values, for counts.
 */
enum Facet {
  LEVEL("level", p -> List.of(p.level()), q -> q.levels()),
  AUTHORITY("authority", p -> List.of(p.authority()), q -> q.authorities()),
  TYPE("type", p -> List.of(p.type()), q -> q.types()),
  YEAR("year", p -> List.of(String.valueOf(p.issueDate().getYear())), Facet::years),
  TAG("tag", IndexedPolicy::tags, q -> q.tags()),
  STATUS("status", p -> List.of(p.status()), q -> q.statuses());

  private final String key;
  private final Function<IndexedPolicy, List<String>> values;
  private final Function<PolicyQuery, Set<String>> selected;

  Facet(String key, Function<IndexedPolicy, List<String>> values, Function<PolicyQuery, Set<String>> selected) {
    this.key = key;
    this.values = values;
    this.selected = selected;
  }

  /** The name in {@link PolicySearchResult#facets()} and in the facet doc values. */
  String key() {
    return key;
  }

  String filterField() {
    return "filter." + key;
  }

  /** The document's values, blank ones left out (a facet value cannot be empty). */
  List<String> valuesOf(IndexedPolicy policy) {
    return values.apply(policy).stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
  }

  /** The values the query filters on; empty if it does not filter on this facet. */
  Set<String> selectedIn(PolicyQuery query) {
    return selected.apply(query);
  }

  static FacetsConfig config() {
    var config = new FacetsConfig();
    config.setMultiValued(TAG.key, true);
    return config;
  }

  private static Set<String> years(PolicyQuery query) {
    return query.years().stream().map(String::valueOf).collect(Collectors.toSet());
  }
}
