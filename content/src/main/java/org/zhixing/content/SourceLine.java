package org.zhixing.content;

import java.util.List;

/** One meaningful line of a source file, kept with its place so that errors can point at it. */
record SourceLine(String file, int number, String text) {

  /** The tab-separated columns of this line, which must number exactly {@code expected}. */
  List<String> columns(int expected) {
    List<String> columns = List.of(text.split("\t", -1));
    if (columns.size() != expected) {
      throw error("expected " + expected + " tab-separated columns, found " + columns.size());
    }
    return columns;
  }

  int intColumn(List<String> columns, int index) {
    try {
      return Integer.parseInt(columns.get(index).strip());
    } catch (NumberFormatException e) {
      throw error("column " + (index + 1) + " is not a number: " + columns.get(index));
    }
  }

  IllegalStateException error(String problem) {
    return new IllegalStateException("content pack source " + file + ", line " + number + ": " + problem);
  }
}
