package org.zhixing.org.control;

/** Builds LIKE patterns from what users type, so that % and _ in a search box match themselves. */
final class Like {

  static final char ESCAPE = '\\';

  private Like() {}

  static String containing(String text) {
    return "%" + escape(text) + "%";
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
