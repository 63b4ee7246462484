package org.zhixing.schedule.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an RFC 5545 iCalendar document: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, text values escaped, times in UTC (so that no VTIMEZONE is needed and every calendar app shows them in
 * its own zone). Occurrences are written one by one rather than as an RRULE, so moved and cancelled ones need no
 * RECURRENCE-ID handling in the client.
 */
public final class IcsCalendar {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private IcsCalendar() {}

  public static String write(String name, List<CalendarEntry> entries, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Zhixing//Training schedule//ZH");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + text(name));
    for (CalendarEntry entry : entries) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + entry.uid());
      line(ics, "DTSTAMP:" + UTC.format(now));
      line(ics, "LAST-MODIFIED:" + UTC.format(entry.changedAt()));
      line(ics, "DTSTART:" + UTC.format(entry.start()));
      line(ics, "DTEND:" + UTC.format(entry.end()));
      line(ics, "SUMMARY:" + text(entry.summary()));
      if (entry.location() != null) {
        line(ics, "LOCATION:" + text(entry.location()));
      }
      if (entry.description() != null) {
        line(ics, "DESCRIPTION:" + text(entry.description()));
      }
      if (entry.url() != null) {
        line(ics, "URL:" + entry.url());
      }
      line(ics, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
  }

  /** RFC 5545 3.1: a line longer than 75 octets continues on lines that start with a space. */
  static void line(StringBuilder ics, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        ics.append("\r\n ");
        octets = 1;
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append("\r\n");
  }
}
