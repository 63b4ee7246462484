package org.zhixing.schedule.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.zhixing.schedule.entity.TrainingSession;

/** Times are stored in UTC and shown as Asia/Shanghai wall-clock time with its offset. */
final class ShanghaiTime {

  private ShanghaiTime() {}

  static OffsetDateTime of(Instant instant) {
    return instant == null ? null : instant.atZone(TrainingSession.ZONE).toOffsetDateTime();
  }
}
