package org.zhixing.policy.search;

/**
 * How Chinese text is cut into terms. Word segmentation ranks well but misses names and words the dictionary does not
 * know; character bigrams find any two characters but rank loosely. Production uses both; the single modes exist so
 * the relevance report can show what each contributes.
 */
public enum AnalysisMode {
  SEGMENTED,
  NGRAM,
  BOTH;

  boolean segmented() {
    return this != NGRAM;
  }

  boolean ngrams() {
    return this != SEGMENTED;
  }
}
