package org.zhixing.schedule.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.schedule.entity.TrainingSession;

/** Times are stored in UTC and shown as Asia/Shanghai wall-clock time with its offset. */
final class ShanghaiTime {

  private ShanghaiTime() {}

  static OffsetDateTime of(Instant instant) {
    return instant == null ? null : instant.atZone(TrainingSession.ZONE).toOffsetDateTime();
  }

  /** The start of a Shanghai day given as {@code 2026-11-01} (a calendar's from and to), else invalid-parameter. */
  static Instant startOfDay(String parameter, String date) {
    try {
      return LocalDate.parse(date).atStartOfDay(TrainingSession.ZONE).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidParameterException(parameter, String.valueOf(date));
    }
  }
}
