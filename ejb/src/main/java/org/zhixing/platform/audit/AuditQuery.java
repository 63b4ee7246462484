package org.zhixing.platform.audit;

import java.time.Instant;

/**
 * Which entries to read: always a subtree ({@code unitPath} prefix), optionally narrowed by action, subject type, actor
 * (username, or a part of the display name) and a time window, {@code from} inclusive, {@code to} exclusive.
 */
public record AuditQuery(String unitPath, String action, String subjectType, String actor, Instant from, Instant to) {

  public AuditQuery {
    if (unitPath == null || !unitPath.startsWith("/")) {
      throw new IllegalArgumentException("an audit query is always bounded by a subtree path, was " + unitPath);
    }
    action = blankToNull(action);
    subjectType = blankToNull(subjectType);
    actor = blankToNull(actor);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
