package org.zhixing.courseware.entity;

import java.util.Locale;
import java.util.Optional;

/** What kind of courseware an asset is, which decides how it is processed and shown. */
public enum AssetKind {
  VIDEO,
  AUDIO,
  PDF,
  HTML,
  IMAGE;

  /** The kind a media type belongs to, if it is one courseware accepts. */
  public static Optional<AssetKind> of(String mediaType) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    if (type.startsWith("video/")) {
      return Optional.of(VIDEO);
    }
    if (type.startsWith("audio/")) {
      return Optional.of(AUDIO);
    }
    if (type.startsWith("image/")) {
      return Optional.of(IMAGE);
    }
    return switch (type) {
      case "application/pdf" -> Optional.of(PDF);
      case "text/html" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }
}
