package org.zhixing.policy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
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

  /** The searcher's result for the query: kept from an earlier search with the same view of the index, or found now. */
  PolicySearchResult run(PolicySearcher searcher, PolicyQuery query) throws IOException {
    return searcher.results().get(query, same -> find(searcher, same));
  }

  private PolicySearchResult find(PolicySearcher searcher, PolicyQuery query) throws IOException {
    UserText typed = UserText.parse(query.text());
    Optional<TextQueries.TextQuery> text = texts.build(typed);
    Pass pass = pass(searcher, text, query);
    if (pass.total() < ENOUGH && typed.words().size() > 2) {
      text = texts.buildLenient(typed);
      pass = pass(searcher, text, query);
    }
    Map<String, List<FacetCount>> facets =
        FacetCounting.count(searcher, pass.matches(), text.map(TextQueries.TextQuery::match), query);
    ScoreDoc[] page = page(searcher, text, query, pass.top());
    var marks = text.map(TextQueries.TextQuery::marks);
    return new PolicySearchResult(pass.total(), hits(searcher, marks, page), facets);
  }

  /** What to mark in a document for the text typed; matches nothing if the text has nothing to search for. */
  Query marksFor(String typed) {
    return texts.build(UserText.parse(typed)).map(TextQueries.TextQuery::marks).orElseGet(MatchNoDocsQuery::new);
  }

  /** What one pass over every match finds: the best ones in the order asked for (null if no page), and all of them. */
  private record Pass(TopDocs top, FacetsCollector matches) {
    long total() {
      return matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }
  }

  /**
   * Ranks and gathers the matches in a single pass. Facets need every match anyway, so the ranking visits them all
   * instead of skipping the ones that cannot make the top: one pass costs less than a counting pass and a ranking one.
   */
  private static Pass pass(PolicySearcher searcher, Optional<TextQueries.TextQuery> text, PolicyQuery query)
      throws IOException {
    Query filtered = Filters.apply(text.map(TextQueries.TextQuery::match), query);
    var matches = new FacetsCollectorManager();
    if (query.limit() == 0) {
      return new Pass(null, searcher.search(filtered, matches));
    }
    Object[] found = searcher.search(filtered, new MultiCollectorManager(ranking(text, query), matches));
    TopDocs top = (TopDocs) found[0];
    if (text.isPresent() && byDate(text, query)) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, filtered);
    }
    return new Pass(top, (FacetsCollector) found[1]);
  }

  private static CollectorManager<?, ? extends TopDocs> ranking(Optional<TextQueries.TextQuery> text, PolicyQuery query) {
    if (byDate(text, query)) {
      int window = query.offset() + query.limit();
      return new TopFieldCollectorManager(NEWEST_FIRST, window, Integer.MAX_VALUE);
    }
    return new TopScoreDocCollectorManager(Math.max(RESCORED, query.offset() + query.limit()), Integer.MAX_VALUE);
  }

  private static boolean byDate(Optional<TextQueries.TextQuery> text, PolicyQuery query) {
    return text.isEmpty() || query.sort() == PolicySort.NEWEST;
  }

  private static ScoreDoc[] page(
      PolicySearcher searcher, Optional<TextQueries.TextQuery> text, PolicyQuery query, TopDocs top) throws IOException {
    if (top == null) {
      return new ScoreDoc[0];
    }
    if (!byDate(text, query) && text.get().bodyRuns() != null) {
      top = withBodyRuns(text.get().bodyRuns()).rescore(searcher, top, top.scoreDocs.length);
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
