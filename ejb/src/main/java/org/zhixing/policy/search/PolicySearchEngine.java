package org.zhixing.policy.search;

import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

/** Full-text search over policy documents. Safe for many concurrent searchers alongside one writer. */
public interface PolicySearchEngine extends AutoCloseable {

  /** Adds the document or replaces the one with the same id; searches see it within a second. */
  void index(IndexedPolicy policy);

  void delete(long id);

  PolicySearchResult search(PolicyQuery query);

  /** Documents whose title contains, or whose 文号 starts with, what the user has typed so far. */
  List<Suggestion> suggest(String prefix, boolean includeInternal, int limit);

  /**
   * The whole body for the document viewer: HTML-escaped, each paragraph in {@code <p>}, the query's hits in
   * {@code <mark>}.
   *
   * @throws PolicyNotIndexedException if no document has that id
   */
  String highlightBody(long id, String queryText);

  /**
   * Replaces the whole index with the given documents. Searches see the old index until the new one is complete;
   * documents indexed or deleted while the rebuild runs are applied on top of it.
   *
   * @param progress told the number of documents read so far, now and then and once at the end
   */
  void rebuild(Iterator<IndexedPolicy> all, LongConsumer progress);

  /** The number of documents in the index, internal ones included. */
  long count();

  @Override
  void close();
}
