package org.zhixing.schedule.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.zhixing.notify.entity.Notice;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * The reminder notice for one occurrence and lead. Its topic holds the occurrence, the lead and the start, so each
 * person gets each lead's reminder once per occurrence — and again if the occurrence is moved to another time.
 */
public final class SessionReminders {

  public static final String KIND = "SESSION_REMINDER";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(TrainingSession.ZONE);

  private SessionReminders() {}

  public static String topic(long occurrenceId, Duration lead, Instant start) {
    return "session-reminder:%d:%s:%d".formatted(occurrenceId, lead, start.getEpochSecond());
  }

  /** The notice for one occurrence and lead, in Chinese: the inbox, mail and SMS show it as written. */
  public static Notice notice(DueOccurrence occurrence, Duration lead) {
    String where = occurrence.venueName() != null ? "地点：" + occurrence.venueName()
        : occurrence.streamUrl() != null ? "远程收看：" + occurrence.streamUrl() : "";
    String body = "「%s」将于 %s 开始。%s".formatted(occurrence.title(), WHEN.format(occurrence.start()), where).strip();
    return new Notice(topic(occurrence.id(), lead, occurrence.start()), KIND, "培训提醒：" + occurrence.title(), body,
        "/my-sessions?occurrence=" + occurrence.id());
  }
}
