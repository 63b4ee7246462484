package org.zhixing.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.Query;

/**
 * The facet counts of a search, from doc values. A facet the query filters on is counted without its own filter
 * (drill sideways), every other facet over exactly the results.
 */
final class FacetCounting {

  /** More values than anyone scrolls through in a side panel. */
  private static final int MAX_VALUES = 200;

  private FacetCounting() {}

  /**
   * The counts per facet over the matches of the query, which the caller has gathered; a facet the query filters on
   * takes another pass without that filter.
   */
  static Map<String, List<FacetCount>> count(
      PolicySearcher searcher, FacetsCollector matches, Optional<Query> text, PolicyQuery query) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facets();
    var facets = new HashMap<String, List<FacetCount>>();
    Facets overMatches = state == null ? null : new SortedSetDocValuesFacetCounts(state, matches);
    for (Facet facet : Facet.values()) {
      Facets counts = overMatches;
      if (state != null && !facet.selectedIn(query).isEmpty()) {
        FacetsCollector sideways = searcher.search(Filters.apply(text, query, facet), new FacetsCollectorManager());
        counts = new SortedSetDocValuesFacetCounts(state, sideways);
      }
      facets.put(facet.key(), counts == null ? List.of() : values(counts, facet, state));
    }
    return facets;
  }

  private static List<FacetCount> values(Facets counts, Facet facet, SortedSetDocValuesReaderState state)
      throws IOException {
    if (state.getOrdRange(facet.key()) == null) {
      return List.of(); // no document has a value for it yet
    }
    FacetResult result = counts.getTopChildren(MAX_VALUES, facet.key());
    if (result == null) {
      return List.of();
    }
    var values = new ArrayList<FacetCount>();
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetCount(lv.label, lv.value.longValue()));
    }
    if (facet == Facet.YEAR) {
      values.sort(Comparator.comparing(FacetCount::value).reversed()); // a timeline reads newest first
    }
    return List.copyOf(values);
  }
}
