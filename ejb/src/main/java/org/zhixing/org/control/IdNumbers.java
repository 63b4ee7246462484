package org.zhixing.org.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resident identity card numbers (公民身份号码, GB 11643-1999): six digits of the division where it was issued, the
 * birth date, a three-digit sequence whose last digit is odd for men, and a check character (ISO 7064 MOD 11-2). Sheets
 * carry typos, so the checksum is worth checking before a wrong number becomes someone's key.
 */
public final class IdNumbers {

  private static final int LENGTH = 18;
  private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{16}[0-9X]");
  /** Stars, then at most the last four characters: also what other systems' exports show. */
  private static final Pattern MASKED = Pattern.compile("\\*{10,18}[0-9X]{0,4}");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private IdNumbers() {}

  /** The number as stored: trimmed and with a lower-case x made upper case, as people type it both ways. */
  public static String normalize(String typed) {
    return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the (normalized) number has the right shape, a real birth date no later than today and its check digit. */
  public static boolean isValid(String number, LocalDate today) {
    if (number == null || !SHAPE.matcher(number).matches()) {
      return false;
    }
    Optional<LocalDate> born = birthDate(number);
    if (born.isEmpty() || born.get().isBefore(EARLIEST_BIRTH) || born.get().isAfter(today)) {
      return false;
    }
    return number.charAt(17) == checkCharacter(number);
  }

  /** The check character the first seventeen digits call for (test data and benchmarks make valid numbers with it). */
  public static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Odd sequence digit: a man. Only meaningful for a valid number. */
  public static boolean isMale(String number) {
    return (number.charAt(16) - '0') % 2 == 1;
  }

  /** The last four characters, the most a screen or an export shows of an ID number. */
  public static String masked(String number) {
    return "*".repeat(Math.max(0, number.length() - 4)) + number.substring(Math.max(0, number.length() - 4));
  }

  /** An ID number of which only the last four characters are known, masked as {@link #masked} masks a whole one. */
  public static String maskedTail(String tail) {
    return "*".repeat(LENGTH - tail.length()) + tail;
  }

  /**
   * Whether a sheet's cell holds a masked number, as an export writes it: the import keeps the stored number then.
   */
  public static boolean isMasked(String cell) {
    return MASKED.matcher(cell).matches();
  }

  private static Optional<LocalDate> birthDate(String number) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
