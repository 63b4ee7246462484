package org.zhixing.courseware.upload.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The tus checksum extension's {@code Upload-Checksum} header: an algorithm name, one space, and the Base64 digest of
 * the chunk in the request body. The server checks the chunk before it counts; a chunk that does not match is dropped.
 */
public record UploadChecksum(String algorithm, byte[] expected) {

  /** tus names and their JDK names; the order is the one announced in {@code Tus-Checksum-Algorithm}. */
  private static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "sha256", "SHA-256", "md5", "MD5");

  public static final String SUPPORTED = "sha1,sha256,md5";

  /** Empty when the request has no checksum header. */
  public static Optional<UploadChecksum> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String[] parts = header.strip().split(" ");
    if (parts.length != 2 || !ALGORITHMS.containsKey(parts[0])) {
      throw new UnsupportedChecksumException(header);
    }
    try {
      return Optional.of(new UploadChecksum(parts[0], Base64.getDecoder().decode(parts[1])));
    } catch (IllegalArgumentException e) {
      throw new UnsupportedChecksumException(header);
    }
  }

  public MessageDigest newDigest() {
    return digest(ALGORITHMS.get(algorithm));
  }

  public boolean matches(MessageDigest computed) {
    return MessageDigest.isEqual(expected, computed.digest());
  }

  static MessageDigest digest(String jdkName) {
    try {
      return MessageDigest.getInstance(jdkName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jdkName + " is part of every JDK", e);
    }
  }
}
