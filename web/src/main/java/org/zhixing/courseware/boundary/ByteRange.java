package org.zhixing.courseware.boundary;

/** A satisfiable range of a representation's bytes, both ends inclusive as in {@code Content-Range}. */
record ByteRange(long first, long last) {

  ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("not a byte range: " + first + "-" + last);
    }
  }

  long length() {
    return last - first + 1;
  }

  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
