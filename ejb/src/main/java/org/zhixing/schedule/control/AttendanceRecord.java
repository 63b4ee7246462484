package org.zhixing.schedule.control;

import java.time.Instant;

/**
 * One learner's attendance at one occurrence. {@code signedInAt} is empty only for someone a trainer marked absent
 * who never scanned; {@code correctedBy} names the trainer who last corrected the record by hand.
 */
public record AttendanceRecord(
    long occurrenceId, long personId, Instant signedInAt, Instant signedOutAt, boolean late, boolean leftEarly,
    long codeWindow, boolean absent, String correctedBy) {

  /**
   * Whether this attendance earns the session's credit hours: signed in and not marked absent. Being late or leaving
   * early alone still counts (both are marked on the roster); someone who came late <em>and</em> left early missed
   * both ends of the session and earns nothing.
   */
  public boolean earnsCredit() {
    return signedInAt != null && !absent && !(late && leftEarly);
  }

  public boolean isPresent() {
    return signedInAt != null && !absent;
  }
}
