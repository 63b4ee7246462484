package org.zhixing.policy.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Names and types of the index fields. Filters and facets have theirs in {@link Facet}. */
final class Fields {

  /** The policy id as a term, for replacing and deleting, and as doc values, for reading hits without stored fields. */
  static final String ID = "id";

  /** The 文号 as printed, stored for suggestions. */
  static final String DOC_NUMBER = "docNumber";
  /** The normalized 文号 ({@link DocNumbers#normalize}), for exact lookup. */
  static final String DOC_NUMBER_KEY = "docNumber.key";
  /** Letters and digits of the 文号, for autocomplete by prefix. */
  static final String DOC_NUMBER_BARE = "docNumber.bare";
  /** The 文号 in 1–2-grams, so that a part of it (豫组 2022) finds it too. */
  static final String DOC_NUMBER_NGRAM = "docNumber.ngram";

  /** The title in words; stored, and the field titles are highlighted in. */
  static final String TITLE = "title";
  /** The title in 1–2-grams: finds any two characters, and any one, which autocomplete needs. */
  static final String TITLE_NGRAM = "title.ngram";
  /** Letters and digits of the title, for autocomplete of titles that start with what was typed. */
  static final String TITLE_BARE = "title.bare";

  /** The body in words (modes SEGMENTED and BOTH). */
  static final String BODY = "body";
  /** The body in bigrams (modes NGRAM and BOTH). */
  static final String BODY_NGRAM = "body.ngram";

  /** The issuing authority in words. */
  static final String AUTHORITY = "authority";

  /** Issue date as epoch day, for sorting by date. */
  static final String ISSUE_DATE = "issueDate";

  /** Present with value {@code true} on documents only staff may see. */
  static final String INTERNAL = "internal";

  /** Text the highlighter works on: positions and offsets in the postings, so nothing is analyzed twice. */
  static final FieldType HIGHLIGHTED = highlighted(false);

  static final FieldType HIGHLIGHTED_STORED = highlighted(true);

  private static final int MAX_KEYWORD = 256;

  private Fields() {}

  /** The body field that holds the stored text, the one snippets are cut from. */
  static String storedBody(AnalysisMode mode) {
    return mode.segmented() ? BODY : BODY_NGRAM;
  }

  /** Keyword terms are cut to a length no real value reaches, as Lucene refuses terms over 32 KiB. */
  static String keyword(String value) {
    return value.length() <= MAX_KEYWORD ? value : value.substring(0, MAX_KEYWORD);
  }

  private static FieldType highlighted(boolean stored) {
    var type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
