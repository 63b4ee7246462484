package org.zhixing.policy.search;

import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Puts a query's filters around its text query: exact terms, alternatives within a facet, all facets together. */
final class Filters {

  private Filters() {}

  static Query apply(Optional<Query> text, PolicyQuery query) {
    return apply(text, query, null);
  }

  /**
   * The same, leaving out one facet's filter: what that facet's counts are computed on, so that choosing 县级 still
   * shows how many 市级 documents there would be.
   */
  static Query apply(Optional<Query> text, PolicyQuery query, Facet leftOut) {
    var filtered = new BooleanQuery.Builder();
    filtered.add(text.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
    for (Facet facet : Facet.values()) {
      if (facet != leftOut && !facet.selectedIn(query).isEmpty()) {
        filtered.add(anyOf(facet, query), Occur.FILTER);
      }
    }
    if (!query.includeInternal()) {
      filtered.add(internalOnly(), Occur.MUST_NOT);
    }
    return filtered.build();
  }

  static Query internalOnly() {
    return new TermQuery(new Term(Fields.INTERNAL, "true"));
  }

  private static Query anyOf(Facet facet, PolicyQuery query) {
    var any = new BooleanQuery.Builder();
    for (String value : facet.selectedIn(query)) {
      any.add(new TermQuery(new Term(facet.filterField(), Fields.keyword(value))), Occur.SHOULD);
    }
    return any.build();
  }
}
