package org.zhixing.policy.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Renders highlighted passages as HTML: every character of the document escaped, matches in {@code <mark>}. Matches
 * that overlap or touch (the bigrams 第一 一书 书记) become one mark.
 */
final class MarkedHtml extends PassageFormatter {

  private static final String ELLIPSIS = "…";

  private final int maxPassageChars;
  private final boolean paragraphs;

  private MarkedHtml(int maxPassageChars, boolean paragraphs) {
    this.maxPassageChars = maxPassageChars;
    this.paragraphs = paragraphs;
  }

  /** Passages on one line, each cut to a window around its first match, joined by an ellipsis. */
  static MarkedHtml snippets(int maxPassageChars) {
    return new MarkedHtml(maxPassageChars, false);
  }

  /** The whole text, each non-blank line a {@code <p>}. */
  static MarkedHtml paragraphs() {
    return new MarkedHtml(Integer.MAX_VALUE, true);
  }

  @Override
  public String format(Passage[] passages, String content) {
    var html = new StringBuilder();
    Passage[] ordered = passages.clone();
    Arrays.sort(ordered, Comparator.comparingInt(Passage::getStartOffset));
    for (Passage passage : ordered) {
      int[][] marks = marks(passage, content.length());
      if (paragraphs) {
        renderParagraphs(html, content, passage.getStartOffset(), passage.getEndOffset(), marks);
      } else {
        if (!html.isEmpty()) {
          html.append(ELLIPSIS);
        }
        renderWindow(html, content, passage, marks);
      }
    }
    return html.toString();
  }

  private void renderWindow(StringBuilder html, String content, Passage passage, int[][] marks) {
    int from = passage.getStartOffset();
    int to = Math.min(passage.getEndOffset(), content.length());
    if (to - from > maxPassageChars) {
      int firstMatch = marks.length > 0 ? marks[0][0] : from;
      from = Math.max(from, firstMatch - maxPassageChars / 4);
      to = Math.min(to, from + maxPassageChars);
    }
    render(html, content, from, to, marks, true);
  }

  private static void renderParagraphs(StringBuilder html, String content, int from, int to, int[][] marks) {
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = content.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
      if (!content.substring(lineStart, lineEnd).isBlank()) {
        html.append("<p>");
        int textStart = trimStart(content, lineStart, lineEnd);
        render(html, content, textStart, trimEnd(content, textStart, lineEnd), marks, false);
        html.append("</p>");
      }
      lineStart = lineEnd + 1;
    }
  }

  /** Escapes content[from, to), opening and closing marks where the merged matches begin and end. */
  private static void render(StringBuilder html, String content, int from, int to, int[][] marks, boolean oneLine) {
    boolean open = false;
    for (int i = from; i < to; i++) {
      boolean marked = isMarked(marks, i);
      if (marked != open) {
        html.append(marked ? "<mark>" : "</mark>");
        open = marked;
      }
      char c = content.charAt(i);
      if (oneLine && (c == '\n' || c == '\r' || c == '\t' || c == '\u3000')) {
        c = ' ';
      }
      escape(html, c);
    }
    if (open) {
      html.append("</mark>");
    }
  }

  private static void escape(StringBuilder html, char c) {
    switch (c) {
      case '&' -> html.append("&amp;");
      case '<' -> html.append("&lt;");
      case '>' -> html.append("&gt;");
      case '"' -> html.append("&quot;");
      case '\'' -> html.append("&#39;");
      default -> html.append(c);
    }
  }

  /** The passage's matches as sorted, merged [start, end) ranges within the content. */
  private static int[][] marks(Passage passage, int length) {
    var ranges = new ArrayList<int[]>();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = Math.min(passage.getMatchStarts()[i], length);
      int end = Math.min(passage.getMatchEnds()[i], length);
      if (start < end) {
        ranges.add(new int[] {start, end});
      }
    }
    ranges.sort(Comparator.comparingInt(r -> r[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] range : ranges) {
      int[] last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(range);
      }
    }
    return merged.toArray(int[][]::new);
  }

  private static boolean isMarked(int[][] marks, int offset) {
    for (int[] mark : marks) {
      if (offset < mark[0]) {
        return false;
      }
      if (offset < mark[1]) {
        return true;
      }
    }
    return false;
  }

  private static int trimStart(String content, int from, int to) {
    while (from < to && isBlank(content.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String content, int from, int to) {
    while (to > from && isBlank(content.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u3000';
  }
}
