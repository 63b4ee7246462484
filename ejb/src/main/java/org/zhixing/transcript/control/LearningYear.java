package org.zhixing.transcript.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A record year is a calendar year in China time: what a cadre did on New Year's Eve at 23:30 counts for that year. */
public record LearningYear(int year) {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public LearningYear {
    if (year < 2000 || year > 2999) {
      throw new InvalidRecordYearException(year);
    }
  }

  public Instant start() {
    return LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
  }

  public Instant end() {
    return LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant();
  }

  public static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  static LocalDate dateOf(Instant at) {
    return at.atZone(CHINA).toLocalDate();
  }
}
