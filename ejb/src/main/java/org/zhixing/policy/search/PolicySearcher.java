package org.zhixing.policy.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader, and the results it has found lately. Building the ordinals takes a
 * pass over the facet values, so it happens once per refresh, not once per query.
 */
final class PolicySearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facets;
  private final RecentResults<PolicyQuery, PolicySearchResult> results;

  private PolicySearcher(IndexReader reader, FacetsConfig config, int cachedResults) throws IOException {
    super(reader);
    this.facets = hasFacets(reader, config) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.results = new RecentResults<>(cachedResults);
  }

  static SearcherFactory factory(FacetsConfig config, int cachedResults) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new PolicySearcher(reader, config, cachedResults);
      }
    };
  }

  RecentResults<PolicyQuery, PolicySearchResult> results() {
    return results;
  }

  /** The facet ordinals, or null while no document has any facet value (an empty index). */
  SortedSetDocValuesReaderState facets() {
    return facets;
  }

  private static boolean hasFacets(IndexReader reader, FacetsConfig config) {
    String field = config.getDimConfig(Facet.LEVEL.key()).indexFieldName;
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info != null) {
        return true;
      }
    }
    return false;
  }
}
