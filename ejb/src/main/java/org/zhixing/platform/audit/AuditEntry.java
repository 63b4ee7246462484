package org.zhixing.platform.audit;

import jakarta.json.JsonObject;
import java.time.Instant;

/** One recorded change; {@code before} is null for a creation, {@code after} for a removal. */
public record AuditEntry(
    long id,
    Instant at,
    String actorUsername,
    String actorName,
    String action,
    AuditSubject subject,
    JsonObject before,
    JsonObject after,
    String reason) {}
