package org.zhixing.courseware.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity-tag lists of {@code If-Match} and {@code If-None-Match} (RFC 9110 §8.8.3, §13.1): {@code *} or tags such
 * as {@code "abc"} and {@code W/"abc"}, compared strongly (both strong and equal) or weakly (equal apart from W/).
 * A tag may contain commas, so the list is scanned by quotes, not split.
 */
final class EntityTags {

  private final boolean any;
  private final List<String> tags;

  private EntityTags(boolean any, List<String> tags) {
    this.any = any;
    this.tags = tags;
  }

  static EntityTags parse(String header) {
    if (header.strip().equals("*")) {
      return new EntityTags(true, List.of());
    }
    List<String> tags = new ArrayList<>();
    int i = 0;
    while (i < header.length()) {
      char c = header.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      int start = header.startsWith("W/\"", i) ? i + 2 : i;
      int close = header.charAt(start) == '"' ? header.indexOf('"', start + 1) : -1;
      if (close < 0) {
        break; // not an entity-tag: what was read so far still counts, the rest cannot match anything
      }
      tags.add(header.substring(i, close + 1));
      i = close + 1;
    }
    return new EntityTags(false, List.copyOf(tags));
  }

  /** Strong comparison, as If-Match and If-Range need: a weak tag never matches. */
  boolean matchesStrongly(String etag) {
    return any || tags.stream().anyMatch(tag -> !isWeak(tag) && !isWeak(etag) && tag.equals(etag));
  }

  /** Weak comparison, as If-None-Match needs. */
  boolean matchesWeakly(String etag) {
    return any || tags.stream().anyMatch(tag -> opaque(tag).equals(opaque(etag)));
  }

  static boolean isWeak(String tag) {
    return tag.startsWith("W/");
  }

  private static String opaque(String tag) {
    return isWeak(tag) ? tag.substring(2) : tag;
  }
}
