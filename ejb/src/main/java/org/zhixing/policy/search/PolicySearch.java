package org.zhixing.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * One search against one searcher: the best results (scored with early termination, then the top ones rescored with
 * the runs found in their bodies), then the total and facets (one unscored pass over all matches), then highlights
 * for the page only.
 */
final class PolicySearch {

  /**
   * The top results that body runs are added to. Pages within it come from one ranking, so paging through the first
   * hundred never repeats or skips a document.
   */
  private static final int RESCORED = 100;

  /** Fewer results than a page: then a search for three words or more also shows documents with all but one. */
  private static final int ENOUGH = 10;

  private static final Sort NEWEST_FIRST = new Sort(
      new SortField(Fields.ISSUE_DATE, SortField.Type.LONG, true), new SortField(Fields.ID, SortField.Type.LONG, true));

  private final TextQueries texts;
  private final Highlights highlights;

  PolicySearch(TextQueries texts, Highlights highlights) {
    this.texts = texts;
    this.highlights = highlights;
  }

  PolicySearchResult run(PolicySearcher searcher, PolicyQuery query) throws IOException {
    UserText typed = UserText.parse(query.text());
    Optional<TextQueries.TextQuery> text = texts.build(typed);
    FacetCounting.Counted counted = FacetCounting.count(searcher, text.map(TextQueries.TextQuery::match), query);
    if (counted.total() < ENOUGH && typed.words().size() > 2) {
      text = texts.buildLenient(typed);
      counted = FacetCounting.count(searcher, text.map(TextQueries.TextQuery::match), query);
    }
    ScoreDoc[] page = query.limit() == 0 ? new ScoreDoc[0] : page(searcher, text, query);
    var marks = text.map(TextQueries.TextQuery::marks);
    return new PolicySearchResult(counted.total(), hits(searcher, marks, page), counted.facets());
  }

  /** What to mark in a document for the text typed; matches nothing if the text has nothing to search for. */
  Query marksFor(String typed) {
    return texts.build(UserText.parse(typed)).map(TextQueries.TextQuery::marks).orElseGet(MatchNoDocsQuery::new);
  }

  private static ScoreDoc[] page(PolicySearcher searcher, Optional<TextQueries.TextQuery> text, PolicyQuery query)
      throws IOException {
    Query filtered = Filters.apply(text.map(TextQueries.TextQuery::match), query);
    TopDocs top;
    if (text.isEmpty() || query.sort() == PolicySort.NEWEST) {
      int window = query.offset() + query.limit();
      top = searcher.search(filtered, new TopFieldCollectorManager(NEWEST_FIRST, window, window));
      if (text.isPresent()) {
        TopFieldCollector.populateScores(top.scoreDocs, searcher, filtered);
      }
    } else {
      int window = Math.max(RESCORED, query.offset() + query.limit());
      top = searcher.search(filtered, new TopScoreDocCollectorManager(window, window));
      if (text.get().bodyRuns() != null) {
        top = withBodyRuns(text.get().bodyRuns()).rescore(searcher, top, window);
      }
    }
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(query.offset(), all.length);
    return Arrays.copyOfRange(all, from, Math.min(all.length, query.offset() + query.limit()));
  }

  private static QueryRescorer withBodyRuns(Query bodyRuns) {
    return new QueryRescorer(bodyRuns) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    };
  }

  private List<PolicyHit> hits(PolicySearcher searcher, Optional<Query> marks, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    Query marked = marks.orElseGet(MatchNoDocsQuery::new);
    String[] titles = highlights.titles(searcher, marked, docs);
    String[] snippets = highlights.snippets(searcher, marked, docs);
    var hits = new ArrayList<PolicyHit>(page.length);
    for (int i = 0; i < page.length; i++) {
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(new PolicyHit(PolicyIds.of(searcher, docs[i]), titles[i], snippets[i], score));
    }
    return hits;
  }
}
