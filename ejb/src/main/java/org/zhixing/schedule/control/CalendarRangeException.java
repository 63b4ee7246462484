package org.zhixing.schedule.control;

import java.time.Instant;
import org.zhixing.platform.problem.DomainException;

/** A calendar's date range that is empty, reversed or longer than a calendar shows. */
public class CalendarRangeException extends DomainException {

  public CalendarRangeException(Instant from, Instant until, long longestDays) {
    super("calendar-range", 400, "Not a calendar range: %s to %s".formatted(from, until), longestDays);
  }
}
