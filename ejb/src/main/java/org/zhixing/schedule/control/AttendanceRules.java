package org.zhixing.schedule.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a learner counts as late or as leaving early, and how long around an occurrence signing in is open. The
 * thresholds are {@code zhixing.attendance.late-minutes} and {@code zhixing.attendance.early-leave-minutes} (10 each
 * unless set).
 */
public record AttendanceRules(Duration lateAfter, Duration earlyLeaveBefore, Duration openAround) {

  public static AttendanceRules fromSystemProperties() {
    return new AttendanceRules(
        Duration.ofMinutes(Long.getLong("zhixing.attendance.late-minutes", 10)),
        Duration.ofMinutes(Long.getLong("zhixing.attendance.early-leave-minutes", 10)),
        Duration.ofMinutes(30));
  }

  public boolean isLate(StoredOccurrence occurrence, Instant signedIn) {
    return signedIn.isAfter(occurrence.start().plus(lateAfter));
  }

  public boolean leavesEarly(StoredOccurrence occurrence, Instant signedOut) {
    return signedOut.isBefore(occurrence.end().minus(earlyLeaveBefore));
  }

  public boolean isOpen(StoredOccurrence occurrence, Instant now) {
    return !occurrence.cancelled()
        && !now.isBefore(occurrence.start().minus(openAround))
        && !now.isAfter(occurrence.end().plus(openAround));
  }
}
