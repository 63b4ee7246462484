package org.zhixing.policy.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Titles, snippets and whole bodies with the query's matches marked, by the UnifiedHighlighter from offsets stored in
 * the postings (nothing is analyzed again). A field is highlighted with the matches of its twin in the other analysis
 * too, so that a bigram match marks the title as well as a word match does.
 */
final class Highlights {

  /** Snippet passages aim at this length; with two of them a snippet stays near 200 characters. */
  private static final int PASSAGE_GOAL = 90;

  private static final int SNIPPET_PASSAGES = 2;
  private static final int MAX_SNIPPET_PASSAGE = 120;
  /** Titles are shown whole, however long. */
  private static final int MAX_TITLE = 10_000;

  private final Analyzer analyzer;
  private final String bodyField;
  private final AnalysisMode mode;

  Highlights(AnalysisMode mode, Analyzer indexAnalyzer) {
    this.mode = mode;
    this.analyzer = indexAnalyzer;
    this.bodyField = Fields.storedBody(mode);
  }

  String[] titles(IndexSearcher searcher, Query query, int[] docs) throws IOException {
    UnifiedHighlighter highlighter =
        builder(searcher, WholeBreakIterator::new, MarkedHtml.snippets(Integer.MAX_VALUE), MAX_TITLE).build();
    return highlight(highlighter, Fields.TITLE, query, docs, 1);
  }

  String[] snippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
    Supplier<BreakIterator> sentences = () -> LengthGoalBreakIterator.createClosestToLength(
        BreakIterator.getSentenceInstance(Locale.CHINA), PASSAGE_GOAL, 0.3f);
    UnifiedHighlighter highlighter =
        builder(searcher, sentences, MarkedHtml.snippets(MAX_SNIPPET_PASSAGE), 100_000).build();
    return highlight(highlighter, bodyField, query, docs, SNIPPET_PASSAGES);
  }

  String wholeBody(IndexSearcher searcher, Query query, int doc) throws IOException {
    UnifiedHighlighter highlighter =
        builder(searcher, WholeBreakIterator::new, MarkedHtml.paragraphs(), Integer.MAX_VALUE - 1).build();
    return highlight(highlighter, bodyField, query, new int[] {doc}, 1)[0];
  }

  private UnifiedHighlighter.Builder builder(
      IndexSearcher searcher, Supplier<BreakIterator> breaks, PassageFormatter formatter, int maxLength) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(breaks)
        .withFormatter(formatter)
        .withMaxLength(maxLength)
        .withMaskedFieldsFunc(this::twins)
        .withWeightMatches(false); // term offsets plus a phrase check: less than half the time of the Matches API
  }

  private Set<String> twins(String field) {
    if (field.equals(Fields.TITLE)) {
      return Set.of(Fields.TITLE_NGRAM);
    }
    if (field.equals(Fields.BODY) && mode.ngrams()) {
      return Set.of(Fields.BODY_NGRAM);
    }
    return Set.of();
  }

  private static String[] highlight(UnifiedHighlighter highlighter, String field, Query query, int[] docs, int passages)
      throws IOException {
    String[] html = highlighter.highlightFields(new String[] {field}, query, docs, new int[] {passages}).get(field);
    for (int i = 0; i < html.length; i++) {
      html[i] = html[i] == null ? "" : html[i];
    }
    return html;
  }
}
