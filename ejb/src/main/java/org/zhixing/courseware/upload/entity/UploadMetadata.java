package org.zhixing.courseware.upload.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tus {@code Upload-Metadata} header: comma-separated pairs of a key and a Base64-encoded value, separated by one
 * space; a key may come without a value. Keys are unique and contain neither spaces nor commas. Values are read as
 * UTF-8, so a Chinese file name travels intact.
 */
public final class UploadMetadata {

  public static final int MAX_HEADER_LENGTH = 4000;

  private final String header;
  private final Map<String, String> values;

  private UploadMetadata(String header, Map<String, String> values) {
    this.header = header;
    this.values = Collections.unmodifiableMap(values);
  }

  public static UploadMetadata none() {
    return new UploadMetadata(null, Map.of());
  }

  /** Parses the header; a missing or blank header is no metadata. */
  public static UploadMetadata parse(String header) {
    if (header == null || header.isBlank()) {
      return none();
    }
    if (header.length() > MAX_HEADER_LENGTH) {
      throw new InvalidUploadMetadataException("longer than " + MAX_HEADER_LENGTH + " characters");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : header.split(",", -1)) {
      String trimmed = pair.strip();
      int space = trimmed.indexOf(' ');
      String key = space < 0 ? trimmed : trimmed.substring(0, space);
      String encoded = space < 0 ? "" : trimmed.substring(space + 1);
      if (key.isEmpty() || encoded.contains(" ")) {
        throw new InvalidUploadMetadataException("malformed pair '" + trimmed + "'");
      }
      if (values.putIfAbsent(key, decode(key, encoded)) != null) {
        throw new InvalidUploadMetadataException("key '" + key + "' given twice");
      }
    }
    return new UploadMetadata(header.strip(), values);
  }

  private static String decode(String key, String encoded) {
    try {
      return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidUploadMetadataException("value of '" + key + "' is not Base64");
    }
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
  }

  /** The file name the client gave, reduced to a name without folders; "upload" when none was given. */
  public String fileName() {
    String name = get("filename").or(() -> get("name")).orElse("upload");
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    String clean = base.replaceAll("\\p{Cntrl}", "");
    return clean.isEmpty() ? "upload" : clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
  }

  /** The type the client claims; a hint for early limits only, never trusted for the kind. */
  public Optional<String> declaredType() {
    return get("filetype").or(() -> get("type")).map(t -> t.length() > 255 ? t.substring(0, 255) : t);
  }

  /** The header as it came, to give back on HEAD as tus asks; null when there was none. */
  public String header() {
    return header;
  }

  public Map<String, String> values() {
    return values;
  }
}
