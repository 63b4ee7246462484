package org.zhixing.schedule.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating codes of the sign-in QR: {@code <occurrence>~<window>~<signature>}, an HMAC-SHA256 of the occurrence id
 * and a 30-second time window. The organizer's screen shows the current window's code; a code is accepted in its own
 * window and the next, so it works for 30 to 60 seconds after it appeared and a photo of it sent on later does not.
 * Nothing is stored per code: any node with the key can check one. The code has only URL-unreserved characters and no
 * dot, so it can be the last segment of a portal address ({@code /sign-in/<code>}): Keycloak refuses a login
 * redirect whose query holds {@code code=}, and the SPA fallback treats a last segment with a dot as a file.
 */
public final class SignInCodes {

  public static final Duration WINDOW = Duration.ofSeconds(30);
  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "zhixing-signin-v1";
  private static final Pattern CODE = Pattern.compile("([0-9a-z]{1,13})~([0-9a-z]{1,13})~([A-Za-z0-9_-]{22})");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;

  public SignInCodes(byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a sign-in key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.clock = clock;
  }

  /** The code to show now, and until when the screen should show it before fetching the next. */
  public Current current(long occurrenceId) {
    long window = window(clock.instant());
    String code = Long.toString(occurrenceId, 36) + "~" + Long.toString(window, 36) + "~" + B64.encodeToString(mac(occurrenceId, window));
    return new Current(code, Instant.ofEpochSecond((window + 1) * WINDOW.toSeconds()));
  }

  /** A code and the end of its window. */
  public record Current(String code, Instant refreshAt) {}

  /** What a genuine, fresh code says: the occurrence and the window it was shown in. */
  public record Scan(long occurrenceId, long window) {}

  /** Checks the signature first, in constant time, then the age. */
  public Scan verify(String code) {
    var parts = CODE.matcher(code == null ? "" : code.strip());
    if (!parts.matches()) {
      throw new SignInCodeInvalidException(code);
    }
    try {
      long occurrenceId = Long.parseLong(parts.group(1), 36);
      long window = Long.parseLong(parts.group(2), 36);
      if (!MessageDigest.isEqual(B64_DECODER.decode(parts.group(3)), mac(occurrenceId, window))) {
        throw new SignInCodeInvalidException(code);
      }
      long now = window(clock.instant());
      if (window > now || window < now - 1) {
        throw new SignInCodeExpiredException(occurrenceId);
      }
      return new Scan(occurrenceId, window);
    } catch (NumberFormatException e) {
      throw new SignInCodeInvalidException(code);
    }
  }

  private static long window(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), WINDOW.toSeconds());
  }

  /** The first 128 bits of the HMAC: plenty against guessing within a minute, and a QR code that scans easily. */
  private byte[] mac(long occurrenceId, long window) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Arrays.copyOf(mac.doFinal((VERSION + "\n" + occurrenceId + "\n" + window).getBytes(StandardCharsets.UTF_8)), 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
