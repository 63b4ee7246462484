package org.zhixing.quiz.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The pictures a question may show — PNG, JPEG or WebP, what every phone browser displays — told by their first
 * bytes, never by the file name or the type the browser declared. Anything else (an SVG, which can carry scripts; a
 * GIF; a document renamed .png) is refused before it reaches the content store.
 */
public final class QuestionImageType {

  /** Larger pictures slow a learner's page on a village link for nothing a question needs. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private QuestionImageType() {}

  /** The media type of the picture in {@code file}, if it is one a question may show. */
  public static Optional<String> of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in.readNBytes(12));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + file + " failed", e);
    }
  }

  static Optional<String> of(byte[] head) {
    if (startsWith(head, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(head, JPEG)) {
      return Optional.of("image/jpeg");
    }
    boolean webp = head.length >= 12
        && new String(head, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
        && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
    return webp ? Optional.of("image/webp") : Optional.empty();
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
