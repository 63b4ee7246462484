package org.zhixing.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What a client asked for in its {@code Prefer} header (RFC 7240) about long requests: {@code respond-async} — answer
 * {@code 202 Accepted} at once and let me poll — optionally with {@code wait=<seconds>}, how long the client would
 * rather wait for the finished answer first. Preferences we do not know are ignored, as the RFC asks.
 *
 * @param answerAsyncAfter how long to wait for the result before answering 202; empty when the client wants the
 *     result itself
 */
public record AsyncPreference(Optional<Duration> answerAsyncAfter) {

  /** The {@code Preference-Applied} value for an answer given asynchronously. */
  public static final String APPLIED = "respond-async";

  public static AsyncPreference of(String header) {
    boolean async = false;
    Duration wait = Duration.ZERO;
    for (String preference : header == null ? new String[0] : header.split("[,;]")) {
      String[] nameAndValue = preference.strip().split("=", 2);
      String name = nameAndValue[0].strip().toLowerCase(Locale.ROOT);
      if (name.equals("respond-async")) {
        async = true;
      } else if (name.equals("wait") && nameAndValue.length == 2) {
        wait = seconds(nameAndValue[1]);
      }
    }
    return new AsyncPreference(async ? Optional.of(wait) : Optional.empty());
  }

  private static Duration seconds(String value) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip().replace("\"", ""))));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }
}
