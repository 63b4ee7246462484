package org.zhixing.platform.paging;

/** A 1-based page of at most {@link #MAX_SIZE} rows, as every list in the API takes it. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page starts at 1, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
    }
  }

  public int offset() {
    return (page - 1) * size;
  }
}
