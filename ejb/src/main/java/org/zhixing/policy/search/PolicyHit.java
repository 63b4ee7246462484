package org.zhixing.policy.search;

/**
 * One search result, ready to render.
 *
 * @param titleHtml the title, HTML-escaped, with {@code <mark>} around the words that matched
 * @param snippetHtml the best passages of the body, escaped and marked the same way
 * @param score the relevance score, 0 when the query had no text
 */
public record PolicyHit(long id, String titleHtml, String snippetHtml, float score) {}
