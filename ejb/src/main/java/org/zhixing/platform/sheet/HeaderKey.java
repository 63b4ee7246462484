package org.zhixing.platform.sheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column header as imports compare it: full-width forms made half-width (NFKC turns （ into ( and the ideographic
 * space into a space), bracketed remarks and separators dropped, Latin letters lower case. So 县（市、区） is 县 and
 * "难度（1-5）" is 难度, as they are to the clerk who typed them.
 */
public final class HeaderKey {

  /** Brackets and what is in them. */
  private static final Pattern REMARK = Pattern.compile("\\(.*?\\)|\\[.*?]");

  private static final Pattern NOISE = Pattern.compile("[\\s*:：、/]+");

  private HeaderKey() {}

  public static String of(String header) {
    String halfWidth = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
    String withoutRemarks = REMARK.matcher(halfWidth).replaceAll("");
    return NOISE.matcher(withoutRemarks).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
