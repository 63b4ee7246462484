package org.zhixing.policy.boundary;

import java.util.List;
import java.util.Map;
import org.zhixing.policy.search.FacetCount;

/** A page of search results with the facet counts of the whole result set. */
public record PolicySearchView(
    List<PolicyHitView> items, int page, int size, long total, Map<String, List<FacetCount>> facets) {}
