package org.zhixing.policy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the relevance query for what a user typed, term by term through the analyzers: no query parser ever sees the
 * text, so no input can be a syntax error.
 *
 * <p>Phrases in quotes must be found exactly, and the other words (as the user separated them) all of them, or if that
 * finds too little, all but one ({@link WordQueries} says what finding a word means). A 文号 in the text is looked up
 * exactly and beats everything else, a whole title typed as it is comes next. Of documents that match as well, those in
 * force come first.
 */
final class TextQueries {

  /**
   * @param match decides which documents are results, and scores them, all but the runs in their bodies
   * @param bodyRuns scores the runs found in the body; added to the best results only, as it is costly; may be null
   * @param marks what the highlighter marks: every clause of match that finds words or runs, none that finds
   *     scattered characters
   */
  record TextQuery(Query match, Query bodyRuns, Query marks) {}

  private final AnalysisMode mode;
  private final QueryBuilder builder;
  private final Synonyms synonyms;
  private final Weights weights;

  TextQueries(AnalysisMode mode, Analyzer queryAnalyzer, Synonyms synonyms, Weights weights) {
    this.mode = mode;
    this.builder = new QueryBuilder(queryAnalyzer);
    this.synonyms = synonyms;
    this.weights = weights;
  }

  /** Empty when the text holds nothing to search for: the caller then lists everything, newest first. */
  Optional<TextQuery> build(UserText text) {
    return build(text, false);
  }

  /**
   * The same, with one word allowed to be missing if there are three or more: a third word rarely means "only
   * documents with all three", more often "these first". Documents with every word still score highest.
   */
  Optional<TextQuery> buildLenient(UserText text) {
    return build(text, true);
  }

  private Optional<TextQuery> build(UserText text, boolean lenient) {
    var queries = new WordQueries(mode, builder, synonyms, weights);
    var required = new BooleanQuery.Builder();
    text.phrases().stream().map(queries::phrase).filter(Objects::nonNull).forEach(q -> required.add(q, Occur.MUST));
    List<Query> words = text.words().stream().map(queries::word).filter(Objects::nonNull).toList();
    if (!words.isEmpty()) {
      required.add(allOf(words, lenient), Occur.MUST);
    }
    var query = new BooleanQuery.Builder();
    BooleanQuery allText = required.build();
    if (!allText.clauses().isEmpty()) {
      query.add(preferInForce(allText), Occur.SHOULD);
    }
    if (!allText.clauses().isEmpty() && !text.bare().isEmpty()) {
      // Someone who pastes a whole title wants that document, not the 解读 that quotes it more often.
      Query wholeTitle = new ConstantScoreQuery(new TermQuery(new Term(Fields.TITLE_BARE, Fields.keyword(text.bare()))));
      query.add(new BoostQuery(wholeTitle, weights.wholeTitle()), Occur.SHOULD);
    }
    for (String key : text.docNumbers()) {
      Query exact = new ConstantScoreQuery(new TermQuery(new Term(Fields.DOC_NUMBER_KEY, Fields.keyword(key))));
      query.add(new BoostQuery(exact, weights.docNumber()), Occur.SHOULD);
    }
    BooleanQuery built = query.build();
    if (built.clauses().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextQuery(built, anyOf(queries.bodyRuns()), anyOf(queries.marks())));
  }

  private static Query allOf(List<Query> words, boolean lenient) {
    if (words.size() == 1) {
      return words.getFirst();
    }
    var all = new BooleanQuery.Builder();
    boolean allButOne = lenient && words.size() > 2;
    words.forEach(word -> all.add(word, allButOne ? Occur.SHOULD : Occur.MUST));
    if (allButOne) {
      all.setMinimumNumberShouldMatch(words.size() - 1);
    }
    return all.build();
  }

  /** Of two documents that match as well, the one still in force first: a superseded one is rarely what is wanted. */
  private Query preferInForce(Query text) {
    Query inForce = new TermQuery(new Term(Facet.STATUS.filterField(), "IN_FORCE"));
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(inForce), weights.inForce()), Occur.SHOULD)
        .build();
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.isEmpty()) {
      return null;
    }
    var any = new BooleanQuery.Builder();
    new ArrayList<>(queries).forEach(query -> any.add(query, Occur.SHOULD));
    return any.build();
  }
}
