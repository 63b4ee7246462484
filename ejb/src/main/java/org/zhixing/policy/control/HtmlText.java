package org.zhixing.policy.control;

/** Plain text as safe HTML paragraphs, for documents that are not in the index (drafts) and so get no highlighting. */
public final class HtmlText {

  private HtmlText() {}

  public static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    text.lines().filter(line -> !line.isBlank()).forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
    return html.toString();
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
