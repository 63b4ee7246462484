package org.zhixing.schedule.control;

import java.time.Instant;

/** One learner's attendance at one occurrence. */
public record AttendanceRecord(
    long occurrenceId, long personId, Instant signedInAt, Instant signedOutAt, boolean late, boolean leftEarly, long codeWindow) {}
