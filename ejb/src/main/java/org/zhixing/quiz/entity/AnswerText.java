package org.zhixing.quiz.entity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Answers as they are compared. Learners type on phones with Chinese input methods, so a fill-in answer counts
 * whatever its width (ＡＢＣ, ２０２４), spacing and case; choice keys and true/false are read in the forms trainers
 * write them in sheets (A、C / ac; 对, √, 正确).
 */
public final class AnswerText {

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final List<String> TRUE = List.of("t", "true", "对", "正确", "是", "√", "✓", "✔", "y", "yes");
  private static final List<String> FALSE = List.of("f", "false", "错", "错误", "否", "×", "✗", "✘", "x", "n", "no");

  private AnswerText() {}

  /** Full-width forms made half-width (NFKC), every kind of space removed, Latin letters lower case. */
  public static String normalize(String text) {
    String halfWidth = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return SPACE.matcher(halfWidth).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Choice keys in canonical form, sorted and upper case ("c、a" → "AC"); empty when a character is no key A–Z. */
  public static Optional<String> choiceKeys(String text) {
    var keys = new TreeSet<Character>();
    for (char c : normalize(text).replaceAll("[,;，；、/]", "").toUpperCase(Locale.ROOT).toCharArray()) {
      if (c < 'A' || c > 'Z') {
        return Optional.empty();
      }
      keys.add(c);
    }
    var canonical = new StringBuilder();
    keys.forEach(canonical::append);
    return Optional.of(canonical.toString());
  }

  /** {@code T} or {@code F} for the ways people write true and false; empty for anything else. */
  public static Optional<String> trueFalse(String text) {
    String key = normalize(text);
    if (TRUE.contains(key)) {
      return Optional.of("T");
    }
    return FALSE.contains(key) ? Optional.of("F") : Optional.empty();
  }
}
