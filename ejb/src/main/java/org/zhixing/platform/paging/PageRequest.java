package org.zhixing.platform.paging;

/** A 1-based page of at most {@link #MAX_SIZE} rows, as every list in the API takes it. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;
  /** Far beyond any real list, and low enough that the row offset stays an int. */
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be 1 to " + MAX_PAGE + ", was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
    }
  }

  public int offset() {
    return (page - 1) * size;
  }
}
