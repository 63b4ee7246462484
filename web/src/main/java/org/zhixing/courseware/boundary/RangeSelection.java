package org.zhixing.courseware.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a {@code Range} header asks of a representation of a given size, by RFC 9110 §14: the whole of it (no header,
 * another unit, or a header we ignore as the RFC allows), some satisfiable ranges, or nothing satisfiable (416).
 *
 * <p>Ranges that overlap or lie closer together than a part's headers cost are coalesced, and the parts then come in
 * ascending order; otherwise they keep the order they were asked in. A header with more than {@link #MAX_RANGES}
 * ranges, or with a syntax error, is ignored and the whole representation is sent.
 */
sealed interface RangeSelection {

  int MAX_RANGES = 100;
  /** Gaps smaller than this are cheaper to send than a part boundary with its headers. */
  long COALESCE_GAP = 80;

  /** Serve the whole representation with 200. */
  record Whole() implements RangeSelection {}

  /** Serve these ranges with 206: one as a plain body, several as multipart/byteranges. */
  record Ranges(List<ByteRange> ranges) implements RangeSelection {
    public Ranges {
      ranges = List.copyOf(ranges);
    }
  }

  /** Nothing asked for lies within the representation: 416 with {@code Content-Range: bytes *}{@code /size}. */
  record Unsatisfiable() implements RangeSelection {}

  static RangeSelection of(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    int equals = header.indexOf('=');
    if (equals < 0 || !header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
      return new Whole();
    }
    List<ByteRange> satisfiable = new ArrayList<>();
    int specs = 0;
    for (String element : header.substring(equals + 1).split(",", -1)) {
      String spec = element.strip();
      if (spec.isEmpty()) {
        continue; // empty list elements are allowed by the list syntax
      }
      if (++specs > MAX_RANGES) {
        return new Whole();
      }
      Spec parsed = Spec.parse(spec);
      if (parsed == null) {
        return new Whole();
      }
      ByteRange range = parsed.within(size);
      if (range != null) {
        satisfiable.add(range);
      }
    }
    if (specs == 0) {
      return new Whole();
    }
    return satisfiable.isEmpty() ? new Unsatisfiable() : new Ranges(coalesced(satisfiable));
  }

  private static List<ByteRange> coalesced(List<ByteRange> ranges) {
    if (!needsCoalescing(ranges)) {
      return ranges;
    }
    List<ByteRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingLong(ByteRange::first));
    List<ByteRange> merged = new ArrayList<>();
    ByteRange current = sorted.getFirst();
    for (ByteRange next : sorted.subList(1, sorted.size())) {
      if (next.first() <= current.last() + COALESCE_GAP) {
        current = new ByteRange(current.first(), Math.max(current.last(), next.last()));
      } else {
        merged.add(current);
        current = next;
      }
    }
    merged.add(current);
    return merged;
  }

  private static boolean needsCoalescing(List<ByteRange> ranges) {
    List<ByteRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingLong(ByteRange::first));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).first() <= sorted.get(i - 1).last() + COALESCE_GAP) {
        return true;
      }
    }
    return false;
  }

  /** One range-spec as written: {@code first-last}, {@code first-} or {@code -suffix}; a missing end is -1. */
  record Spec(long first, long last, long suffix) {

    /** Null when the spec breaks the grammar (which makes the whole header ignorable). */
    static Spec parse(String spec) {
      int dash = spec.indexOf('-');
      if (dash < 0) {
        return null;
      }
      String before = spec.substring(0, dash);
      String after = spec.substring(dash + 1);
      if (before.isEmpty()) {
        return isDigits(after) ? new Spec(-1, -1, number(after)) : null;
      }
      if (!isDigits(before) || !(after.isEmpty() || isDigits(after))) {
        return null;
      }
      long first = number(before);
      long last = after.isEmpty() ? -1 : number(after);
      return last >= 0 && last < first ? null : new Spec(first, last, -1);
    }

    /** The part of {@code [0, size)} this spec selects, or null when it is not satisfiable. */
    ByteRange within(long size) {
      if (suffix >= 0) {
        return suffix == 0 || size == 0 ? null : new ByteRange(Math.max(0, size - suffix), size - 1);
      }
      if (first >= size) {
        return null;
      }
      return new ByteRange(first, last < 0 ? size - 1 : Math.min(last, size - 1));
    }

    private static boolean isDigits(String s) {
      return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Digits beyond a long are as good as infinite: past the end of any file. */
    private static long number(String digits) {
      try {
        return Long.parseLong(digits);
      } catch (NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }
  }
}
