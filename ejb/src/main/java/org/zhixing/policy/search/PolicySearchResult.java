package org.zhixing.policy.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the total and the facet counts.
 *
 * @param facets keyed by level, authority, type, year, tag and status; the counts of a dimension ignore that
 *     dimension's own filter (so the other choices stay visible) but honour all the others
 */
public record PolicySearchResult(long total, List<PolicyHit> hits, Map<String, List<FacetCount>> facets) {

  public PolicySearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
