package org.zhixing.audit.boundary;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.zhixing.platform.audit.AuditEntry;

/** An audit entry as the API shows it, its time in China Standard Time (stored in UTC). */
public record AuditEntryView(
    long id,
    OffsetDateTime at,
    String actorUsername,
    String actorName,
    String action,
    String subjectType,
    String subjectId,
    String subjectLabel,
    JsonObject before,
    JsonObject after,
    String reason) {

  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.id(),
        e.at().atZone(AuditResource.CHINA).toOffsetDateTime(),
        e.actorUsername(),
        e.actorName(),
        e.action(),
        e.subject().type(),
        e.subject().id(),
        e.subject().label(),
        e.before(),
        e.after(),
        e.reason());
  }
}
