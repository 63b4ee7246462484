package org.zhixing.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.zhixing.policy.search.PolicyQuery;
import org.zhixing.policy.search.PolicySort;

/**
 * One query of the benchmark, sent both ways: as the search page's parameters to the API, and as the
 * {@link PolicyQuery} the API builds from them (first page of 10, public documents only, as for a learner).
 *
 * @param text what is typed into the search box; empty for browsing by filters
 * @param level a level filter, or null
 * @param year an issue-year filter, or null
 * @param newest sort by date instead of relevance
 */
record SearchCase(String text, String level, Integer year, boolean newest) {

  static final int PAGE_SIZE = 10;

  /** The filters that are added to the texts, in turn. */
  private static final List<SearchCase> FILTERS = List.of(
      new SearchCase("", "CITY", null, false),
      new SearchCase("", null, null, true),
      new SearchCase("", null, 2024, false),
      new SearchCase("", "COUNTY", 2023, true));

  /**
   * Every text alone, every text again with one of the filter combinations (in turn), and the filters alone (browsing
   * without text); shuffled with a fixed seed so that consecutive requests differ.
   */
  static List<SearchCase> mix(List<String> texts) {
    var cases = new ArrayList<SearchCase>();
    var distinct = new LinkedHashSet<String>();
    texts.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(distinct::add);
    int i = 0;
    for (String text : distinct) {
      cases.add(new SearchCase(text, null, null, false));
      SearchCase filter = FILTERS.get(i++ % FILTERS.size());
      cases.add(new SearchCase(text, filter.level(), filter.year(), filter.newest()));
    }
    cases.addAll(FILTERS);
    Collections.shuffle(cases, new Random(42));
    return List.copyOf(cases);
  }

  /** The query string of {@code GET /api/policies}. */
  String parameters() {
    var out = new StringBuilder();
    if (!text.isEmpty()) {
      out.append("q=").append(PolicyApi.encode(text)).append('&');
    }
    if (level != null) {
      out.append("level=").append(level).append('&');
    }
    if (year != null) {
      out.append("year=").append(year).append('&');
    }
    if (newest) {
      out.append("sort=newest&");
    }
    return out.append("page=1&size=").append(PAGE_SIZE).toString();
  }

  /** What the API hands the engine for a learner. */
  PolicyQuery query() {
    return new PolicyQuery(
        text,
        level == null ? Set.of() : Set.of(level),
        Set.of(),
        Set.of(),
        year == null ? Set.of() : Set.of(year),
        Set.of(),
        Set.of(),
        false,
        newest ? PolicySort.NEWEST : PolicySort.RELEVANCE,
        0,
        PAGE_SIZE);
  }
}
