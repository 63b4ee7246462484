package org.zhixing.platform.problem;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail as the API sends it with {@code application/problem+json}. {@code errorId} is set on
 * server errors only and appears in the server log next to the stack trace; {@code violations} on validation errors.
 */
public record Problem(
    URI type, String title, int status, String detail, String instance, String errorId, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One rejected input: where it was ({@code page}, {@code size}, a field path) and why. */
  public record Violation(String field, String message) {}
}
