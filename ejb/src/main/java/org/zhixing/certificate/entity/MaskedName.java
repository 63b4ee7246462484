package org.zhixing.certificate.entity;

/**
 * A name as a public verification shows it: enough to match the person in front of you, not enough to look them up.
 * The first and last characters stay and everything between becomes {@code *} (王建国 → 王*国, 欧阳建国 → 欧**国); a
 * two-character name keeps its first (王五 → 王*). Counted in code points, so rare characters outside the BMP count
 * once.
 */
public final class MaskedName {

  private MaskedName() {}

  public static String of(String name) {
    int[] chars = name == null ? new int[0] : name.strip().codePoints().toArray();
    if (chars.length <= 1) {
      return "*";
    }
    var masked = new StringBuilder().appendCodePoint(chars[0]);
    if (chars.length == 2) {
      return masked.append('*').toString();
    }
    masked.repeat('*', chars.length - 2);
    return masked.appendCodePoint(chars[chars.length - 1]).toString();
  }
}
