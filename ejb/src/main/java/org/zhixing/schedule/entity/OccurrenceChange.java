package org.zhixing.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An exception to the rule for one occurrence: cancelled, or moved to other times. */
@Embeddable
public class OccurrenceChange {

  @Column(name = "original_start", nullable = false)
  private Instant originalStart;

  @Column(nullable = false)
  private boolean cancelled;

  @Column(name = "moved_start")
  private Instant movedStart;

  @Column(name = "moved_end")
  private Instant movedEnd;

  protected OccurrenceChange() {}

  private OccurrenceChange(Instant originalStart, boolean cancelled, Instant movedStart, Instant movedEnd) {
    this.originalStart = originalStart;
    this.cancelled = cancelled;
    this.movedStart = movedStart;
    this.movedEnd = movedEnd;
  }

  static OccurrenceChange cancel(Instant originalStart) {
    return new OccurrenceChange(originalStart, true, null, null);
  }

  static OccurrenceChange move(Instant originalStart, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new InvalidSessionException("ends-at");
    }
    return new OccurrenceChange(originalStart, false, start, end);
  }

  Instant originalStart() {
    return originalStart;
  }

  Occurrence applyTo(Occurrence planned) {
    return cancelled
        ? new Occurrence(planned.originalStart(), planned.start(), planned.end(), true)
        : new Occurrence(planned.originalStart(), movedStart, movedEnd, false);
  }
}
