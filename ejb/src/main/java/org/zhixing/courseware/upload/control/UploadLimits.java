package org.zhixing.courseware.upload.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.zhixing.courseware.entity.AssetKind;

/**
 * The largest file each kind may be. The largest of them is what tus announces as {@code Tus-Max-Size}; a declared type
 * lets creation refuse a file that is surely too large before a byte is sent, and the sniffed kind decides at the end.
 */
public record UploadLimits(Map<AssetKind, Long> perKind) {

  private static final long MB = 1024L * 1024;

  public static final UploadLimits DEFAULTS =
      new UploadLimits(Map.of(
          AssetKind.VIDEO, 4096 * MB,
          AssetKind.AUDIO, 500 * MB,
          AssetKind.PDF, 200 * MB,
          AssetKind.HTML, 5 * MB,
          AssetKind.IMAGE, 20 * MB));

  public UploadLimits {
    EnumMap<AssetKind, Long> copy = new EnumMap<>(AssetKind.class);
    copy.putAll(perKind);
    if (copy.size() != AssetKind.values().length) {
      throw new IllegalArgumentException("A limit for every kind is needed: " + perKind);
    }
    perKind = Collections.unmodifiableMap(copy);
  }

  /** Reads {@code zhixing.upload.max.video} etc. (bytes, or with an MB/GB suffix), keeping the defaults elsewhere. */
  public static UploadLimits fromSystemProperties() {
    EnumMap<AssetKind, Long> limits = new EnumMap<>(DEFAULTS.perKind);
    for (AssetKind kind : AssetKind.values()) {
      String value = System.getProperty("zhixing.upload.max." + kind.name().toLowerCase(java.util.Locale.ROOT));
      if (value != null && !value.isBlank()) {
        limits.put(kind, parseSize(value));
      }
    }
    return new UploadLimits(limits);
  }

  static long parseSize(String value) {
    String v = value.strip().toUpperCase(java.util.Locale.ROOT);
    long unit = v.endsWith("GB") ? 1024 * MB : v.endsWith("MB") ? MB : v.endsWith("KB") ? 1024 : 1;
    String digits = unit == 1 ? v : v.substring(0, v.length() - 2).strip();
    return Long.parseLong(digits) * unit;
  }

  public long of(AssetKind kind) {
    return perKind.get(kind);
  }

  /** The most any upload may be: {@code Tus-Max-Size}. */
  public long max() {
    return perKind.values().stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  /** Refuses a length no kind (or the declared kind) allows: the check at creation. */
  public void checkAnnounced(long length, Optional<AssetKind> declared) {
    if (length > max()) {
      throw new UploadExceedsMaxSizeException(length, max());
    }
    declared.ifPresent(kind -> check(kind, length));
  }

  /** Refuses a file over its sniffed kind's limit: the check at completion. */
  public void check(AssetKind kind, long size) {
    if (size > of(kind)) {
      throw UploadTooLargeException.of(kind, size, of(kind));
    }
  }
}
