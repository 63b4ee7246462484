package org.zhixing.policy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What someone typed into the search box, taken apart: phrases they put in quotes, the other words as they separated
 * them (by spaces or punctuation), and any 文号 in it. Nothing here is query syntax; every character is just text.
 *
 * @param phrases text in "…", “…”, 「…」 or 『…』, to be found exactly; quotes attached to a word (村"两委") are
 *     emphasis, as in official texts, and are dropped
 * @param words the rest, cut at anything that is not a letter or a digit
 * @param docNumbers keys of the 文号 the text may contain ({@link DocNumbers#findIn})
 * @param bare the whole text in letters and digits only, to recognise a document's complete title typed or pasted
 */
record UserText(List<String> phrases, List<String> words, List<String> docNumbers, String bare) {

  /** Longer input is cut: no one types more, and every character costs query time. */
  static final int MAX_CHARS = 200;

  private static final Map<Character, Character> QUOTES =
      Map.of('"', '"', '“', '”', '「', '」', '『', '』', '＂', '＂');

  static UserText parse(String typed) {
    String text = clean(typed == null ? "" : typed);
    var phrases = new ArrayList<String>();
    var rest = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = QUOTES.containsKey(c) ? closingQuote(text, i) : -1;
      if (close > i && isInsideAWord(text, i, close)) {
        rest.append(text, i + 1, close); // 村"两委", "五星"支部: quoted for emphasis, as official texts do
        i = close + 1;
      } else if (close > i) {
        addIfSearchable(phrases, joinCjk(text.substring(i + 1, close)));
        rest.append(' ');
        i = close + 1;
      } else {
        rest.append(c);
        i++;
      }
    }
    return new UserText(List.copyOf(phrases), words(rest.toString()), DocNumbers.findIn(text), DocNumbers.bare(text));
  }

  boolean isBlank() {
    return phrases.isEmpty() && words.isEmpty() && docNumbers.isEmpty();
  }

  /** Control characters, unpaired surrogates and the like become spaces; the length is capped. */
  private static String clean(String typed) {
    var out = new StringBuilder(Math.min(typed.length(), MAX_CHARS));
    typed
        .codePoints()
        .limit(MAX_CHARS)
        .forEach(cp -> {
          boolean printable = Character.isDefined(cp)
              && !Character.isISOControl(cp)
              && Character.getType(cp) != Character.SURROGATE
              && Character.getType(cp) != Character.PRIVATE_USE
              && Character.getType(cp) != Character.FORMAT;
          out.appendCodePoint(printable ? cp : ' ');
        });
    return out.toString();
  }

  private static boolean isInsideAWord(String text, int open, int close) {
    boolean after = open > 0 && Character.isLetterOrDigit(text.codePointBefore(open));
    boolean before = close + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(close + 1));
    return after || before;
  }

  private static int closingQuote(String text, int open) {
    char c = text.charAt(open);
    int close = text.indexOf(QUOTES.get(c), open + 1);
    if (close < 0 && c == '“') {
      close = text.indexOf('"', open + 1); // a Chinese quote closed with an ASCII one
    }
    return close;
  }

  /** A space between two Chinese characters is layout, not a word break: "集体 经济" means 集体经济. */
  private static String joinCjk(String phrase) {
    return phrase.replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "");
  }

  private static List<String> words(String text) {
    var words = new ArrayList<String>();
    var word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else {
        addIfSearchable(words, word.toString());
        word.setLength(0);
      }
    });
    addIfSearchable(words, word.toString());
    return List.copyOf(words);
  }

  private static void addIfSearchable(List<String> into, String text) {
    if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
      into.add(text.strip());
    }
  }
}
