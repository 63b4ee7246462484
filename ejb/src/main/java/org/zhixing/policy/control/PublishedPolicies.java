package org.zhixing.policy.control;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.zhixing.policy.search.IndexedPolicy;

/** All published documents in id order, fetched a slice at a time as the rebuild consumes them. */
final class PublishedPolicies implements Iterator<IndexedPolicy> {

  private static final int SLICE = 500;
  private final PolicySlices slices;
  private List<IndexedPolicy> slice = List.of();
  private int next;
  private long lastId;
  private boolean exhausted;

  PublishedPolicies(PolicySlices slices) {
    this.slices = slices;
  }

  @Override
  public boolean hasNext() {
    if (next < slice.size()) {
      return true;
    }
    if (exhausted) {
      return false;
    }
    slice = slices.publishedAfter(lastId, SLICE);
    next = 0;
    exhausted = slice.size() < SLICE;
    return !slice.isEmpty();
  }

  @Override
  public IndexedPolicy next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IndexedPolicy policy = slice.get(next++);
    lastId = policy.id();
    return policy;
  }
}
