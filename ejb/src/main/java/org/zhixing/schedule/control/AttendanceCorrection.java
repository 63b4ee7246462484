package org.zhixing.schedule.control;

import java.time.Instant;

/**
 * What a trainer says about one person's attendance: present or absent, and optionally the times and marks. What is
 * left out is kept from the record (or, for someone who never scanned, the occurrence's start), and late or left
 * early follow the times by the usual thresholds unless given.
 */
public record AttendanceCorrection(boolean present, Instant signedInAt, Instant signedOutAt, Boolean late, Boolean leftEarly) {

  /** The attendance of {@code personId} this correction leaves, from the one before it ({@code null} if none). */
  public AttendanceRecord applyTo(
      long personId, AttendanceRecord before, StoredOccurrence occurrence, AttendanceRules rules, String by) {
    Instant in = signedInAt != null ? signedInAt : before != null && before.signedInAt() != null ? before.signedInAt() : null;
    if (present && in == null) {
      in = occurrence.start();
    }
    Instant out = signedOutAt != null ? signedOutAt : before == null ? null : before.signedOutAt();
    if (in != null && out != null && !out.isAfter(in)) {
      throw new InvalidCorrectionException("signed-out-at");
    }
    boolean isLate = late != null ? late : in != null && rules.isLate(occurrence, in);
    boolean isEarly = leftEarly != null ? leftEarly : out != null && rules.leavesEarly(occurrence, out);
    long window = before == null ? 0 : before.codeWindow();
    return new AttendanceRecord(occurrence.id(), personId, in, out, isLate, isEarly, window, !present, by);
  }
}
