package org.zhixing.courseware.control;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of a derived file, by its extension: the transcoder names its output, so the name is trusted here
 * (originals take their type from the catalog, which sniffed the bytes).
 */
public final class DerivedMediaTypes {

  private static final Map<String, String> BY_EXTENSION = Map.of(
      "m3u8", "application/vnd.apple.mpegurl",
      "ts", "video/mp2t",
      "m4s", "video/iso.segment",
      "mp4", "video/mp4",
      "m4a", "audio/mp4",
      "aac", "audio/aac",
      "vtt", "text/vtt",
      "jpg", "image/jpeg",
      "png", "image/png",
      "webp", "image/webp");

  private DerivedMediaTypes() {}

  public static String of(DerivedPath path) {
    String name = path.fileName();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
  }
}
