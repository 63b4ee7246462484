package org.zhixing.certificate.entity;

import java.text.Normalizer;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate number, {@code ZX-2026-48213907-3}: the year of issue, eight random digits (so that numbers cannot be
 * walked through, and a guessed one is almost never a real one) and a Luhn check digit over the twelve digits before
 * it. The check digit tells a mistyped number (one wrong digit, two neighbours swapped) from a well-formed number
 * that was never issued.
 */
public record CertificateNumber(int year, int serial) {

  private static final Pattern FORM = Pattern.compile("ZX-(\\d{4})-(\\d{8})-(\\d)");
  private static final int SERIALS = 100_000_000;

  public CertificateNumber {
    if (year < 1000 || year > 9999 || serial < 0 || serial >= SERIALS) {
      throw new IllegalArgumentException("certificate number out of range: " + year + "/" + serial);
    }
  }

  public static CertificateNumber random(int year, RandomGenerator random) {
    return new CertificateNumber(year, random.nextInt(SERIALS));
  }

  /**
   * The number a person typed or scanned, if it is well formed and its check digit fits. Full-width characters,
   * spaces, lower case and other dashes are forgiven (people copy numbers from PDFs and chat messages).
   */
  public static Optional<CertificateNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String tidy = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("\\s", "")
        .replaceAll("[‐-―−－]", "-")
        .toUpperCase();
    Matcher m = FORM.matcher(tidy);
    if (!m.matches() || checkDigit(m.group(1) + m.group(2)) != m.group(3).charAt(0) - '0') {
      return Optional.empty();
    }
    return Optional.of(new CertificateNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** Luhn (ISO/IEC 7812-1): catches every single wrong digit and almost every swap of neighbours. */
  static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  public String text() {
    String digits = "%04d%08d".formatted(year, serial);
    return "ZX-%04d-%08d-%d".formatted(year, serial, checkDigit(digits));
  }

  @Override
  public String toString() {
    return text();
  }
}
