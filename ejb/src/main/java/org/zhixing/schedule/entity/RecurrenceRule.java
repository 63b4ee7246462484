package org.zhixing.schedule.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The part of an RFC 5545 RRULE that training calendars use: FREQ=DAILY, WEEKLY or MONTHLY, INTERVAL, BYDAY (with an
 * ordinal such as {@code 2TU} or {@code -1FR} when monthly), BYMONTHDAY (negative counts from the month's end), WKST,
 * and COUNT or UNTIL. Anything else is refused rather than half understood.
 *
 * <p>Expansion happens in local wall-clock time, so "every Tuesday at 09:00" stays 09:00 in Asia/Shanghai. As RFC 5545
 * says, DTSTART is always the first occurrence, and a day that a month lacks (the 31st of April) yields no occurrence
 * in that month rather than moving to another day. A rule without COUNT or UNTIL is expanded up to {@link #HORIZON}
 * after its start.
 */
public final class RecurrenceRule {

  /** How far an open-ended rule is expanded: a campaign year and then some. */
  public static final ChronoUnit HORIZON_UNIT = ChronoUnit.YEARS;
  public static final int HORIZON = 2;
  /** More occurrences than any training plan has; a rule asking for more is refused. */
  public static final int MAX_OCCURRENCES = 500;

  private static final Map<String, DayOfWeek> DAYS = Map.of(
      "MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY,
      "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU", DayOfWeek.SUNDAY);
  private static final DateTimeFormatter UTC_UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final DateTimeFormatter DATE_UNTIL = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern WEEKDAY_NUM = Pattern.compile("([+-]?[1-5])?([A-Z]{2})");

  private enum Frequency { DAILY, WEEKLY, MONTHLY }

  /** A BYDAY entry: a weekday, and for monthly rules which one of the month (0 = every one). */
  private record WeekdayNum(int ordinal, DayOfWeek day) {}

  private final String text;
  private final Frequency frequency;
  private final int interval;
  private final List<WeekdayNum> byDay;
  private final List<Integer> byMonthDay;
  private final DayOfWeek weekStart;
  private final Integer count;
  private final String until;

  private RecurrenceRule(String text, Map<String, String> parts) {
    this.text = text;
    this.frequency = enumPart(parts, "FREQ");
    this.interval = intPart(parts, "INTERVAL", 1, 1, 52);
    this.byDay = parts.containsKey("BYDAY") ? weekdays(parts.get("BYDAY")) : List.of();
    this.byMonthDay = parts.containsKey("BYMONTHDAY") ? monthDays(parts.get("BYMONTHDAY")) : List.of();
    this.weekStart = parts.containsKey("WKST") ? day(parts.get("WKST")) : DayOfWeek.MONDAY;
    this.count = parts.containsKey("COUNT") ? intPart(parts, "COUNT", 0, 1, MAX_OCCURRENCES) : null;
    this.until = parts.get("UNTIL");
    if (count != null && until != null) {
      throw new InvalidRecurrenceException(text);
    }
    if (frequency != Frequency.MONTHLY && (!byMonthDay.isEmpty() || byDay.stream().anyMatch(d -> d.ordinal() != 0))) {
      throw new InvalidRecurrenceException(text);
    }
    if (frequency == Frequency.DAILY && !byDay.isEmpty()) {
      throw new InvalidRecurrenceException(text);
    }
  }

  /** The rule written as an RRULE value ({@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU}), with or without the prefix. */
  public static RecurrenceRule parse(String rrule) {
    if (rrule == null || rrule.isBlank()) {
      throw new InvalidRecurrenceException(String.valueOf(rrule));
    }
    String text = rrule.strip().toUpperCase();
    text = text.startsWith("RRULE:") ? text.substring(6) : text;
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      String[] pair = part.split("=", 2);
      if (pair.length != 2 || pair[1].isEmpty() || parts.put(pair[0], pair[1]) != null
          || !Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST", "COUNT", "UNTIL").contains(pair[0])) {
        throw new InvalidRecurrenceException(rrule);
      }
    }
    if (!parts.containsKey("FREQ")) {
      throw new InvalidRecurrenceException(rrule);
    }
    return new RecurrenceRule(text, parts);
  }

  /** The local start times of the occurrences, DTSTART first, in order. */
  public List<LocalDateTime> starts(LocalDateTime dtstart, ZoneId zone) {
    LocalDateTime last = lastAllowed(dtstart, zone);
    List<LocalDateTime> starts = new ArrayList<>();
    starts.add(dtstart);
    LocalDate period = periodStart(dtstart.toLocalDate());
    while (!period.atTime(dtstart.toLocalTime()).isAfter(last) && starts.size() < limit()) {
      for (LocalDate day : daysOf(period, dtstart.toLocalDate())) {
        LocalDateTime start = day.atTime(dtstart.toLocalTime());
        if (start.isAfter(dtstart) && !start.isAfter(last) && starts.size() < limit()) {
          starts.add(start);
        }
      }
      period = next(period);
    }
    return starts;
  }

  private int limit() {
    return count == null ? MAX_OCCURRENCES : count;
  }

  private LocalDateTime lastAllowed(LocalDateTime dtstart, ZoneId zone) {
    LocalDateTime horizon = dtstart.plus(HORIZON, HORIZON_UNIT);
    if (until == null) {
      return horizon;
    }
    try {
      LocalDateTime end = until.endsWith("Z")
          ? ZonedDateTime.of(LocalDateTime.parse(until, UTC_UNTIL), ZoneId.of("UTC")).withZoneSameInstant(zone).toLocalDateTime()
          : LocalDate.parse(until, DATE_UNTIL).atTime(23, 59, 59);
      return end.isBefore(horizon) ? end : horizon;
    } catch (DateTimeParseException e) {
      throw new InvalidRecurrenceException(text);
    }
  }

  private LocalDate periodStart(LocalDate day) {
    return switch (frequency) {
      case DAILY -> day;
      case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(weekStart));
      case MONTHLY -> day.withDayOfMonth(1);
    };
  }

  private LocalDate next(LocalDate period) {
    return switch (frequency) {
      case DAILY -> period.plusDays(interval);
      case WEEKLY -> period.plusWeeks(interval);
      case MONTHLY -> period.plusMonths(interval);
    };
  }

  /** The days of one period (a day, a week from WKST, or a month) that the rule selects, in order. */
  private List<LocalDate> daysOf(LocalDate period, LocalDate dtstart) {
    TreeSet<LocalDate> days = new TreeSet<>();
    switch (frequency) {
      case DAILY -> days.add(period);
      case WEEKLY -> {
        if (byDay.isEmpty()) {
          days.add(period.with(TemporalAdjusters.nextOrSame(dtstart.getDayOfWeek())));
        }
        byDay.forEach(d -> days.add(period.with(TemporalAdjusters.nextOrSame(d.day()))));
      }
      case MONTHLY -> {
        if (byDay.isEmpty() && byMonthDay.isEmpty()) {
          addMonthDay(days, period, dtstart.getDayOfMonth());
        }
        byMonthDay.forEach(n -> addMonthDay(days, period, n));
        byDay.forEach(d -> addWeekdays(days, period, d));
      }
    }
    return List.copyOf(days);
  }

  /** The n-th day of the month (negative: from its end), if the month has one. */
  private static void addMonthDay(Set<LocalDate> days, LocalDate month, int n) {
    int length = month.lengthOfMonth();
    int day = n > 0 ? n : length + n + 1;
    if (day >= 1 && day <= length) {
      days.add(month.withDayOfMonth(day));
    }
  }

  private static void addWeekdays(Set<LocalDate> days, LocalDate month, WeekdayNum weekday) {
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate d = month.with(TemporalAdjusters.firstInMonth(weekday.day())); d.getMonth() == month.getMonth(); d = d.plusWeeks(1)) {
      all.add(d);
    }
    if (weekday.ordinal() == 0) {
      days.addAll(all);
      return;
    }
    int index = weekday.ordinal() > 0 ? weekday.ordinal() - 1 : all.size() + weekday.ordinal();
    if (index >= 0 && index < all.size()) {
      days.add(all.get(index));
    }
  }

  private Frequency enumPart(Map<String, String> parts, String name) {
    try {
      return Frequency.valueOf(parts.get(name));
    } catch (IllegalArgumentException e) {
      throw new InvalidRecurrenceException(String.join(";", parts.values()));
    }
  }

  private int intPart(Map<String, String> parts, String name, int absent, int min, int max) {
    String value = parts.get(name);
    if (value == null) {
      return absent;
    }
    if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
      throw new InvalidRecurrenceException(parts.toString());
    }
    return Integer.parseInt(value);
  }

  private List<WeekdayNum> weekdays(String list) {
    List<WeekdayNum> days = new ArrayList<>();
    for (String item : list.split(",")) {
      var matcher = WEEKDAY_NUM.matcher(item);
      if (!matcher.matches()) {
        throw new InvalidRecurrenceException(list);
      }
      days.add(new WeekdayNum(matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1)), day(matcher.group(2))));
    }
    return days;
  }

  private static List<Integer> monthDays(String list) {
    List<Integer> days = new ArrayList<>();
    for (String item : list.split(",")) {
      if (!item.matches("[+-]?[0-9]{1,2}") || Integer.parseInt(item) == 0 || Math.abs(Integer.parseInt(item)) > 31) {
        throw new InvalidRecurrenceException(list);
      }
      days.add(Integer.parseInt(item));
    }
    return days;
  }

  private static DayOfWeek day(String code) {
    DayOfWeek day = DAYS.get(code);
    if (day == null) {
      throw new InvalidRecurrenceException(code);
    }
    return day;
  }

  @Override
  public String toString() {
    return text;
  }
}
