package org.zhixing.courseware.control;

import java.util.HexFormat;

/**
 * A file in the content store, named by the SHA-256 of its bytes: the same bytes are one blob however often and under
 * whatever names they are uploaded.
 */
public record Blob(String sha256, long size) {

  public Blob {
    requireSha256(sha256);
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
  }

  /** Checks that {@code sha256} is 64 lowercase hex digits, the only names the store hands out and accepts. */
  public static String requireSha256(String sha256) {
    if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(Blob::isLowerHex)) {
      throw new IllegalArgumentException("not a SHA-256 in lowercase hex: " + sha256);
    }
    return sha256;
  }

  private static boolean isLowerHex(int c) {
    return HexFormat.isHexDigit(c) && !Character.isUpperCase(c);
  }
}
