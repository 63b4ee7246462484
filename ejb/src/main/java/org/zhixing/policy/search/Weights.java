package org.zhixing.policy.search;

/**
 * How much each kind of match counts, tuned against the judged query set ({@code RelevanceEvaluation}). A 文号 found
 * exactly is worth more than any text match can add up to.
 *
 * @param titleRun the query's characters in a row in the title
 * @param titleWords the query's words anywhere in the title
 * @param bodyRun the characters in a row in the body
 * @param bodyWords the words anywhere in the body
 * @param authorityWords the words in the issuing authority's name
 * @param docNumberText part of a 文号 typed as text (豫组 2022)
 * @param docNumber a whole 文号, matched exactly
 * @param wholeTitle the typed text is a document's whole title (punctuation aside)
 * @param synonym factor for a synonym's matches against the word typed
 * @param inForce added for a document in force, to rank it above a superseded one that matches as well
 */
record Weights(
    float titleRun,
    float titleWords,
    float bodyRun,
    float bodyWords,
    float authorityWords,
    float docNumberText,
    float docNumber,
    float wholeTitle,
    float synonym,
    float inForce) {

  static final Weights DEFAULT = new Weights(4f, 1f, 2f, 4f, 1f, 3f, 1000f, 500f, 0.7f, 2f);
}
