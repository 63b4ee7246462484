package org.zhixing.schedule.boundary;

import java.time.OffsetDateTime;
import org.zhixing.schedule.control.StoredOccurrence;

/** One occurrence: its id (for sign-in), the start the rule gave it (its key for changes), and its times. */
public record OccurrenceView(long id, OffsetDateTime originalStart, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean cancelled) {

  static OccurrenceView of(StoredOccurrence o) {
    return new OccurrenceView(o.id(), ShanghaiTime.of(o.originalStart()), ShanghaiTime.of(o.start()), ShanghaiTime.of(o.end()), o.cancelled());
  }
}
