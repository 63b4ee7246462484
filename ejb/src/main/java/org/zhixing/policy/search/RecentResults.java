package org.zhixing.policy.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latest results of one searcher, the least recently used dropped first. A searcher reads one point-in-time view
 * of the index, so its results stay exact for as long as it lives, and the refresh after a write brings a new searcher
 * with an empty cache: nothing is ever stale. A search that thousands of cadres type on the same morning then costs one
 * pass over the index, not thousands.
 */
final class RecentResults<K, V> {

  interface Search<K, V> {
    V run(K key) throws IOException;
  }

  private final int capacity;
  private final Map<K, V> entries;

  /** @param capacity how many results to keep; 0 keeps none and searches every time */
  RecentResults(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity < 0: " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > RecentResults.this.capacity;
      }
    };
  }

  /** The kept result, or a new one; two threads that miss at once both search, rather than one waiting on the other. */
  V get(K key, Search<K, V> search) throws IOException {
    if (capacity == 0) {
      return search.run(key);
    }
    synchronized (entries) {
      V kept = entries.get(key);
      if (kept != null) {
        return kept;
      }
    }
    V found = search.run(key);
    synchronized (entries) {
      entries.put(key, found);
    }
    return found;
  }
}
