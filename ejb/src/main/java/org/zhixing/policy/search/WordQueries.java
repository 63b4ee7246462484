package org.zhixing.policy.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The queries for the words of one search, collecting on the way what the search needs besides: the runs in the body
 * to score the best results with, and what the highlighter should mark.
 *
 * <p>A word is found either as the segmenter's words (in any order) or as a run of its characters (bigrams in a row),
 * in title, body, authority or 文号. Titles count more than bodies, a run more than scattered words, a synonym less
 * than the word typed; synonyms are matched as whole runs, so 软弱涣散党组织 standing in for 软弱涣散 does not let every
 * 党组织 match. In the body a run is only required to have its bigrams somewhere (no positions read, which is what
 * costs); whether they are in a row is scored for the best results afterwards.
 */
final class WordQueries {

  /** This many words of the segmenter are a sentence rather than a term. */
  private static final int SENTENCE = 5;

  private final AnalysisMode mode;
  private final QueryBuilder builder;
  private final Synonyms synonyms;
  private final Weights weights;
  private final List<Query> bodyRuns = new ArrayList<>();
  private final List<Query> marks = new ArrayList<>();

  WordQueries(AnalysisMode mode, QueryBuilder builder, Synonyms synonyms, Weights weights) {
    this.mode = mode;
    this.builder = builder;
    this.synonyms = synonyms;
    this.weights = weights;
  }

  /** Text in quotes: exactly this run of characters, no synonyms; null if it has nothing searchable. */
  Query phrase(String phrase) {
    var anyField = new BooleanQuery.Builder();
    boolean grams = mode.ngrams();
    clause(anyField, run(grams ? Fields.TITLE_NGRAM : Fields.TITLE, phrase), weights.titleRun());
    Query bodyRun = run(grams ? Fields.BODY_NGRAM : Fields.BODY, phrase);
    scoreLater(bodyRun, 1f);
    clause(anyField, bodyRun, 0f);
    if (grams) {
      clause(anyField, run(Fields.DOC_NUMBER_NGRAM, phrase), weights.docNumberText());
    }
    return orNull(anyField);
  }

  /**
   * One word as the user separated it: as typed, in any field; or, if it contains known words, with each of them as
   * itself or any equivalent and the rest as typed. Null if it has nothing searchable.
   */
  Query word(String word) {
    List<Synonyms.Part> parts = synonyms.parts(word);
    Query asTyped = asTyped(word, 1f);
    if (asTyped == null || parts.stream().noneMatch(Synonyms.Part::hasAlternatives)) {
      return asTyped;
    }
    var allParts = new BooleanQuery.Builder();
    for (Synonyms.Part part : parts) {
      Query found = part.hasAlternatives()
          ? anyRun(part.alternatives(), weights.synonym())
          : asTyped(part.text(), weights.synonym());
      if (found != null) {
        allParts.add(found, Occur.MUST);
      }
    }
    Query withSynonyms = orNull(allParts);
    return withSynonyms == null ? asTyped : bestOf(List.of(asTyped, new BoostQuery(withSynonyms, weights.synonym())));
  }

  List<Query> bodyRuns() {
    return bodyRuns;
  }

  List<Query> marks() {
    return marks;
  }

  /** The text's words in any order, or its characters in a row, in any field. */
  private Query asTyped(String text, float factor) {
    var anyField = new BooleanQuery.Builder();
    if (mode.segmented()) {
      clause(anyField, words(Fields.TITLE, text), weights.titleWords());
      clause(anyField, words(Fields.BODY, text), weights.bodyWords());
      clause(anyField, words(Fields.AUTHORITY, text), weights.authorityWords());
    }
    if (mode.ngrams()) {
      clause(anyField, run(Fields.TITLE_NGRAM, text), weights.titleRun());
      unmarked(anyField, bodyBigrams(text, factor));
      clause(anyField, run(Fields.DOC_NUMBER_NGRAM, text), weights.docNumberText());
    }
    if (mode == AnalysisMode.NGRAM) {
      Query most = builder.createMinShouldMatchQuery(Fields.BODY_NGRAM, text, 0.75f);
      unmarked(anyField, most == null ? null : new BoostQuery(most, weights.bodyWords()));
    }
    return orNull(anyField);
  }

  /** Any of the words, each as a whole, in title or body; the best one counts. */
  private Query anyRun(List<String> words, float factor) {
    var each = new ArrayList<Query>();
    for (String word : words) {
      var anyField = new BooleanQuery.Builder();
      if (mode.ngrams()) {
        clause(anyField, run(Fields.TITLE_NGRAM, word), weights.titleRun());
        unmarked(anyField, bodyBigrams(word, factor));
      } else {
        clause(anyField, run(Fields.TITLE, word), weights.titleRun());
        Query bodyRun = run(Fields.BODY, word);
        scoreLater(bodyRun, factor);
        clause(anyField, bodyRun, 0f);
      }
      Query any = orNull(anyField);
      if (any != null) {
        each.add(any);
      }
    }
    return bestOf(each);
  }

  /**
   * Matches documents with all the text's bigrams in the body, scoring nothing; whether they are in a row is scored
   * later, for the best results only.
   */
  private Query bodyBigrams(String text, float factor) {
    Query run = run(Fields.BODY_NGRAM, text);
    scoreLater(run, factor);
    if (run != null) {
      marks.add(run);
    }
    Query all = builder.createBooleanQuery(Fields.BODY_NGRAM, text, Occur.MUST);
    return all == null ? null : new BoostQuery(all, 0f);
  }

  private void scoreLater(Query bodyRun, float factor) {
    if (bodyRun != null) {
      bodyRuns.add(new BoostQuery(bodyRun, weights.bodyRun() * factor));
    }
  }

  /** Adds a clause that finds words or runs: it counts for matching and scoring, and its matches are marked. */
  private void clause(BooleanQuery.Builder anyField, Query query, float boost) {
    if (query != null) {
      anyField.add(new BoostQuery(query, boost), Occur.SHOULD);
      marks.add(query);
    }
  }

  /** Adds a clause whose matches are scattered characters, not worth marking. */
  private static void unmarked(BooleanQuery.Builder anyField, Query query) {
    if (query != null) {
      anyField.add(query, Occur.SHOULD);
    }
  }

  /**
   * The text's terms in a row. A phrase scores the sum of its terms' weights, so a longer synonym would outscore the
   * word typed just for being longer; dividing by the number of terms keeps runs of any length comparable.
   */
  private Query run(String field, String text) {
    Query run = builder.createPhraseQuery(field, text);
    int terms = run instanceof PhraseQuery phrase ? phrase.getTerms().length : 1;
    return run == null || terms == 1 ? run : new BoostQuery(run, 1f / terms);
  }

  /**
   * The segmenter's words of the text in any order: all of them, unless it is a question typed in full
   * (第一书记每个月要在村里住多少天); of five words or more, about two thirds, so that words needed only to make a
   * sentence do not exclude.
   */
  private Query words(String field, String text) {
    Query all = builder.createBooleanQuery(field, text, Occur.MUST);
    if (all instanceof BooleanQuery bool && bool.clauses().size() >= SENTENCE) {
      return builder.createMinShouldMatchQuery(field, text, 0.66f);
    }
    return all;
  }

  /** The best of the alternatives counts, not their sum: finding a word under two names is not twice as good. */
  private static Query bestOf(List<Query> alternatives) {
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f);
  }

  private static Query orNull(BooleanQuery.Builder clauses) {
    BooleanQuery built = clauses.build();
    return built.clauses().isEmpty() ? null : built;
  }
}
