package org.zhixing.courseware.upload.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Names the container more exactly than magic bytes alone do. Tika's core detector calls every ISO base media file
 * QuickTime and every Matroska file {@code application/x-matroska}; the browser needs to know an MP4 (brand
 * {@code isom}, {@code mp42}, …) from a MOV (brand {@code qt}) and a WebM from other Matroska, so the brand in
 * {@code ftyp} and the EBML DocType decide.
 */
final class ContainerBrands {

  private static final Set<String> ISO_TYPES =
      Set.of("video/quicktime", "video/mp4", "application/mp4", "audio/mp4", "video/x-m4v", "audio/x-m4a");
  private static final Set<String> MATROSKA_TYPES = Set.of("application/x-matroska", "video/x-matroska", "video/webm");
  private static final int HEAD = 64;

  private ContainerBrands() {}

  static String refine(String detected, Path file) {
    if (ISO_TYPES.contains(detected)) {
      String brand = new String(head(file), StandardCharsets.ISO_8859_1);
      String major = brand.length() >= 12 && brand.startsWith("ftyp", 4) ? brand.substring(8, 12) : "";
      return switch (major) {
        case "qt  " -> "video/quicktime";
        case "M4A ", "M4B " -> "audio/mp4";
        default -> "video/mp4";
      };
    }
    if (MATROSKA_TYPES.contains(detected)) {
      return new String(head(file), StandardCharsets.ISO_8859_1).contains("webm") ? "video/webm" : "video/x-matroska";
    }
    return detected;
  }

  /** The audio twin of a video container, for a file that turns out to carry sound only. */
  static String asAudio(String videoType) {
    return "audio/" + videoType.substring(videoType.indexOf('/') + 1);
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the start of " + file + " failed", e);
    }
  }
}
