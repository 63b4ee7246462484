/**
 * Full-text search over policy documents in Chinese, in plain Lucene: word segmentation and character bigrams side by
 * side, 文号 found whatever brackets people type, synonyms of the Party-building vocabulary, facets, highlights and
 * title autocomplete.
 *
 * <p>The engine knows nothing of JPA or CDI. The policy feature wraps {@link
 * org.zhixing.policy.search.PolicySearchEngine} in a bean, feeds it from the database after each commit and rebuilds
 * it from there whenever {@link org.zhixing.policy.search.IndexUnusableException} says the files on disk cannot be
 * trusted.
 */
package org.zhixing.policy.search;
