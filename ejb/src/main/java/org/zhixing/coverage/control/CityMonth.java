package org.zhixing.coverage.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A month of the city's calendar, as the department's monthly meeting (一月一会商) counts it: from its first day's
 * midnight to the next month's, Beijing time, whatever the server's zone.
 */
public record CityMonth(YearMonth month) {

  public static CityMonth of(Instant at) {
    return new CityMonth(YearMonth.from(at.atZone(PlanProgress.CITY_TIME)));
  }

  /** The city's day at {@code at}. */
  public static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, PlanProgress.CITY_TIME);
  }

  /** A month written {@code YYYY-MM}, or the current one for null; a malformed or future month is {@code invalid-month}. */
  public static CityMonth parse(String text, Instant now) {
    if (text == null) {
      return of(now);
    }
    try {
      CityMonth month = new CityMonth(YearMonth.parse(text.strip()));
      if (month.month.isAfter(of(now).month)) {
        throw new InvalidMonthException(text);
      }
      return month;
    } catch (DateTimeParseException e) {
      throw new InvalidMonthException(text);
    }
  }

  public Instant start() {
    return month.atDay(1).atStartOfDay(PlanProgress.CITY_TIME).toInstant();
  }

  public Instant end() {
    return month.plusMonths(1).atDay(1).atStartOfDay(PlanProgress.CITY_TIME).toInstant();
  }

  /** The month's end, or {@code now} while the month runs: what has happened of it so far. */
  public Instant until(Instant now) {
    return now.isBefore(end()) ? now : end();
  }

  /** Its days up to and including the day of {@code now} (all of them for a past month). */
  public List<LocalDate> daysUntil(Instant now) {
    LocalDate last = LocalDate.ofInstant(until(now).minusNanos(1), PlanProgress.CITY_TIME);
    return month.atDay(1).datesUntil(last.plusDays(1)).toList();
  }

  @Override
  public String toString() {
    return month.toString();
  }
}
