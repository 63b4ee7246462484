package org.zhixing.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.QueryBuilder;

/**
 * Autocomplete from the main index, so it can never disagree with it about what exists or who may see it. A 文号
 * starting with what was typed comes first, then titles starting with it, then titles containing it; newer before
 * older within each.
 */
final class TitleSuggester {

  /** Users type a few characters; beyond this it is not autocomplete any more. */
  private static final int MAX_PREFIX = 50;

  private static final int MAX_SUGGESTIONS = 50;

  private final QueryBuilder bigrams;

  TitleSuggester(Analyzer queryAnalyzer) {
    this.bigrams = new QueryBuilder(queryAnalyzer);
  }

  List<Suggestion> suggest(IndexSearcher searcher, String prefix, boolean includeInternal, int limit)
      throws IOException {
    if (prefix == null || prefix.isBlank() || limit <= 0) {
      return List.of();
    }
    String cut = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
    String typed = String.join(" ", UserText.parse(cut).words());
    String bare = DocNumbers.bare(cut);
    if (bare.isEmpty()) {
      return List.of();
    }
    var any = new BooleanQuery.Builder();
    any.add(rank(new PrefixQuery(new Term(Fields.DOC_NUMBER_BARE, bare)), 3), Occur.SHOULD);
    any.add(rank(new PrefixQuery(new Term(Fields.TITLE_BARE, bare)), 2), Occur.SHOULD);
    Query inside = bigrams.createPhraseQuery(Fields.TITLE_NGRAM, typed);
    if (inside != null) {
      any.add(rank(inside, 1), Occur.SHOULD);
    }
    var query = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
    if (!includeInternal) {
      query.add(Filters.internalOnly(), Occur.MUST_NOT);
    }
    var order = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ISSUE_DATE, SortField.Type.LONG, true));
    int n = Math.min(limit, MAX_SUGGESTIONS);
    ScoreDoc[] top = searcher.search(query.build(), new TopFieldCollectorManager(order, n, n)).scoreDocs;
    return load(searcher, top);
  }

  private static Query rank(Query query, float rank) {
    return new BoostQuery(new ConstantScoreQuery(query), rank);
  }

  private static List<Suggestion> load(IndexSearcher searcher, ScoreDoc[] top) throws IOException {
    StoredFields stored = searcher.storedFields();
    var suggestions = new ArrayList<Suggestion>();
    for (ScoreDoc hit : top) {
      Document doc = stored.document(hit.doc);
      long id = PolicyIds.of(searcher, hit.doc);
      suggestions.add(new Suggestion(id, doc.get(Fields.TITLE), doc.get(Fields.DOC_NUMBER)));
    }
    return List.copyOf(suggestions);
  }
}
