package org.zhixing.policy.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 such as 豫组〔2022〕12号: an issuer code, the year and a serial number. The official brackets 〔〕 are hard to
 * type, so people write [] () （） 【】 or nothing, add spaces, full-width digits, a 年 or 第, or leave out the 号.
 * All of these normalize to one key, and the key is what the index stores and the query looks up.
 */
public final class DocNumbers {

  private static final String OPEN = "〔\\[(【{<〈《［（";
  private static final String CLOSE = "〕\\])】}>〉》］）";
  private static final String TAIL =
      "\\s*[" + OPEN + "]?\\s*((?:19|20)\\d{2})\\s*年?\\s*[" + CLOSE + "]?\\s*(?:第\\s*)?0*(\\d{1,6})\\s*号?";
  private static final Pattern WHOLE = Pattern.compile("(\\p{IsHan}[\\p{IsHan}A-Za-z]{0,11})" + TAIL);
  private static final Pattern INSIDE_TEXT = Pattern.compile("(\\p{IsHan}{1,12})" + TAIL);

  private DocNumbers() {}

  /**
   * The key of a 文号: {@code 豫组〔2022〕12号} for every way of writing it. Text that is not shaped like a 文号 keeps
   * its characters without spaces, lower-cased. Blank or null gives the empty string.
   */
  public static String normalize(String docNumber) {
    if (docNumber == null || docNumber.isBlank()) {
      return "";
    }
    String text = fold(docNumber);
    Matcher m = WHOLE.matcher(text);
    if (m.matches()) {
      return key(m.group(1), m.group(2), m.group(3));
    }
    return text.replaceAll("\\s+", "");
  }

  /**
   * Keys of the 文号 that text typed into a search box may contain. The issuer code cannot be told from the words
   * before it (关于豫组〔2022〕12号 could be 于豫组 or 豫组), so every tail of the run of characters is a candidate;
   * only the real one will match anything.
   */
  public static List<String> findIn(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var keys = new LinkedHashSet<String>();
    Matcher m = INSIDE_TEXT.matcher(fold(text));
    while (m.find()) {
      String issuer = m.group(1);
      for (int start = 0; start < issuer.length(); start++) {
        keys.add(key(issuer.substring(start), m.group(2), m.group(3)));
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Letters and digits only, for autocomplete by prefix: whatever brackets someone has typed so far, {@code
   * 豫组(2022)1} is a prefix of the bare form of {@code 豫组〔2022〕12号}.
   */
  static String bare(String text) {
    if (text == null) {
      return "";
    }
    var out = new StringBuilder();
    fold(text).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String key(String issuer, String year, String serial) {
    return issuer + "〔" + year + "〕" + serial + "号";
  }

  /** Full-width digits and letters to ASCII, lower case, so that the patterns see one alphabet. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
  }
}
