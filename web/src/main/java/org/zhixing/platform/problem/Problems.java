package org.zhixing.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problem details by type; the type slug names both the {@code type} URI and the message texts. */
public final class Problems {

  private static final String TYPE_PREFIX = "urn:zhixing:problem:";
  private static final Map<Integer, String> TYPE_BY_STATUS =
      Map.of(
          400, "bad-request",
          401, "unauthorized",
          403, "forbidden",
          404, "not-found",
          405, "method-not-allowed",
          406, "not-acceptable",
          409, "conflict",
          415, "unsupported-media-type");

  private Problems() {}

  public static Problem of(String type, int status, Locale locale, String instance, List<Object> arguments) {
    return new Problem(
        URI.create(TYPE_PREFIX + type),
        ProblemMessages.title(type, locale),
        status,
        ProblemMessages.detail(type, locale, arguments),
        instance,
        null,
        null);
  }

  /** A problem for a plain HTTP status, e.g. the container's 401 or JAX-RS's 405. */
  public static Problem forStatus(int status, Locale locale, String instance) {
    String type = TYPE_BY_STATUS.get(status);
    if (type == null) {
      return status >= 500 ? internal(locale, instance, "-") : of("bad-request", status, locale, instance, List.of());
    }
    return of(type, status, locale, instance, List.of());
  }

  public static Problem internal(Locale locale, String instance, String errorId) {
    Problem p = of("internal", 500, locale, instance, List.of(errorId));
    return new Problem(p.type(), p.title(), p.status(), p.detail(), instance, errorId, null);
  }

  public static Problem validation(Locale locale, String instance, List<Problem.Violation> violations) {
    Problem p = of("validation", 400, locale, instance, List.of(violations.size()));
    return new Problem(p.type(), p.title(), p.status(), p.detail(), instance, null, List.copyOf(violations));
  }
}
