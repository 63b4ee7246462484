package org.zhixing.schedule.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One occurrence a person attended, as their learning record lists it: the session (title, mode and level by their
 * enum names, e.g. {@code REMOTE_SYNC}, {@code COUNTY}), when the occurrence started, when they signed in and out
 * (sign-out may be null), and the credit hours it earned (zero when none).
 */
public record AttendedOccurrence(
    long sessionId, String sessionTitle, String mode, String level, long occurrenceId, Instant occurrenceStart,
    Instant signedInAt, Instant signedOutAt, BigDecimal creditHours) {}
