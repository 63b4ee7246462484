package org.zhixing.schedule.boundary;

import java.time.OffsetDateTime;
import org.zhixing.schedule.control.AttendanceRecord;

/** A learner's attendance at one occurrence, times in Asia/Shanghai. */
public record AttendanceView(long occurrenceId, OffsetDateTime signedInAt, OffsetDateTime signedOutAt, boolean late, boolean leftEarly) {

  static AttendanceView of(AttendanceRecord r) {
    return r == null ? null
        : new AttendanceView(r.occurrenceId(), ShanghaiTime.of(r.signedInAt()), ShanghaiTime.of(r.signedOutAt()), r.late(), r.leftEarly());
  }
}
