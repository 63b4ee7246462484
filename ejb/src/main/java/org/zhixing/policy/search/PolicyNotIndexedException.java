package org.zhixing.policy.search;

/** The index holds no document with the id asked for: it was deleted, or the index is behind the database. */
public class PolicyNotIndexedException extends RuntimeException {

  private final long id;

  PolicyNotIndexedException(long id) {
    super("No policy with id %d in the search index".formatted(id));
    this.id = id;
  }

  public long id() {
    return id;
  }
}
