package org.zhixing.schedule.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long before an occurrence's start its audience is reminded: {@code zhixing.reminders.leads}, a comma-separated
 * list such as {@code 24h,1h} (the default) or {@code 2d,3h,30m}. Each lead covers the starts between it and the next
 * shorter one: with 24 h and 1 h, a start 5 hours away gets the 24-hour reminder, a start 40 minutes away the one-hour
 * reminder — so a session published an hour before it begins is announced once, not twice.
 */
public record ReminderLeads(List<Duration> ascending) {

  private static final Pattern LEAD = Pattern.compile("(\\d+)\\s*([dhm])");

  public ReminderLeads {
    ascending = ascending.stream().filter(lead -> lead.isPositive()).distinct().sorted().toList();
    if (ascending.isEmpty()) {
      throw new IllegalArgumentException("At least one positive reminder lead is needed");
    }
  }

  public static ReminderLeads fromSystemProperties() {
    return parse(System.getProperty("zhixing.reminders.leads", "24h,1h"));
  }

  /** Reads {@code 24h,1h}-style lists: whole numbers of days (d), hours (h) or minutes (m). */
  public static ReminderLeads parse(String text) {
    return new ReminderLeads(Arrays.stream(text.split(",")).map(String::trim).map(ReminderLeads::lead).toList());
  }

  /** The reminder due for a start this far away: the shortest lead that reaches it; none once it has begun. */
  public Optional<Duration> leadFor(Duration untilStart) {
    if (!untilStart.isPositive()) {
      return Optional.empty();
    }
    return ascending.stream().filter(lead -> untilStart.compareTo(lead) <= 0).findFirst();
  }

  /** How far ahead the sweep has to look. */
  public Duration longest() {
    return ascending.getLast();
  }

  private static Duration lead(String text) {
    Matcher match = LEAD.matcher(text);
    if (!match.matches()) {
      throw new IllegalArgumentException("Not a reminder lead (like 24h, 30m or 2d): " + text);
    }
    long amount = Long.parseLong(match.group(1));
    return switch (match.group(2)) {
      case "d" -> Duration.ofDays(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofMinutes(amount);
    };
  }
}
