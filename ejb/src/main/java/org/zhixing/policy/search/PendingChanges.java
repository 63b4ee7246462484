package org.zhixing.policy.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes that arrive while a rebuild reads the database. The rebuild may already have read those rows, so they are
 * applied again on top of the new index before it goes live; otherwise a save during a rebuild could be lost.
 */
final class PendingChanges {

  /** An index (policy set) or a delete (policy null) of one id. */
  record Change(long id, IndexedPolicy policy) {}

  private List<Change> changes; // null while no rebuild runs

  synchronized void start() {
    changes = new ArrayList<>();
  }

  synchronized void indexed(IndexedPolicy policy) {
    if (changes != null) {
      changes.add(new Change(policy.id(), policy));
    }
  }

  synchronized void deleted(long id) {
    if (changes != null) {
      changes.add(new Change(id, null));
    }
  }

  /** The changes so far, in order; recording goes on until {@link #stop}. */
  synchronized List<Change> recorded() {
    return changes == null ? List.of() : List.copyOf(changes);
  }

  synchronized void stop() {
    changes = null;
  }
}
