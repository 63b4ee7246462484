package org.zhixing.courseware.upload.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a finished upload may be, decided from its bytes. Each kind has its own size limit; everything else (a zip, an
 * executable, a Word file) is refused as courseware.
 */
public enum MediaKind {
  VIDEO,
  AUDIO,
  PDF,
  HTML,
  IMAGE;

  /** The kind of a sniffed media type such as {@code video/mp4}; empty for a type courseware does not take. */
  public static Optional<MediaKind> of(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    if (type.equals("application/pdf")) {
      return Optional.of(PDF);
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return Optional.of(HTML);
    }
    if (type.startsWith("video/")) {
      return Optional.of(VIDEO);
    }
    if (type.startsWith("audio/")) {
      return Optional.of(AUDIO);
    }
    // SVG is XML that can carry scripts; it is not taken as a picture.
    if (type.startsWith("image/") && !type.startsWith("image/svg")) {
      return Optional.of(IMAGE);
    }
    return Optional.empty();
  }
}
