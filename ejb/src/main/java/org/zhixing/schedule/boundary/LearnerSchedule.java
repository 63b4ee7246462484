package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.AttendanceBook;
import org.zhixing.schedule.control.AudienceStore;
import org.zhixing.schedule.control.CalendarEntry;
import org.zhixing.schedule.control.CalendarFeedNotFoundException;
import org.zhixing.schedule.control.CalendarFeeds;
import org.zhixing.schedule.control.IcsCalendar;
import org.zhixing.schedule.control.OccurrenceStore;
import org.zhixing.schedule.control.SessionRepository;
import org.zhixing.schedule.control.StoredOccurrence;
import org.zhixing.schedule.entity.SessionStatus;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * A learner's training schedule (我的培训): the occurrences of published sessions they are expected at, soonest first,
 * and the same as an iCalendar feed at a secret address that a phone calendar can subscribe to.
 */
@Stateless
public class LearnerSchedule {

  /** How far back a feed reaches, so that a phone still shows last month's sessions. */
  static final Duration FEED_HISTORY = Duration.ofDays(60);
  static final int FEED_SIZE = PageRequest.MAX_SIZE;
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  @Inject OccurrenceStore occurrences;
  @Inject SessionRepository sessions;
  @Inject AudienceStore audience;
  @Inject AttendanceBook attendance;
  @Inject CalendarFeeds feeds;

  /** The occurrences that have not ended yet, soonest first. */
  public Page<ScheduleEntry> upcoming(Caller caller, PageRequest page) {
    return entries(caller.username(), Instant.now(), END_OF_TIME, page);
  }

  /** The occurrences overlapping {@code [from, until)}, ended or not, soonest first: a calendar's month or week. */
  public Page<ScheduleEntry> between(Caller caller, Instant from, Instant until, PageRequest page) {
    return entries(caller.username(), from, until, page);
  }

  /** A new secret feed address for the caller; the old one stops working. */
  public String renewFeed(Caller caller) {
    return feeds.renew(caller.username());
  }

  public void revokeFeed(Caller caller) {
    feeds.revoke(caller.username());
  }

  /** The iCalendar document behind a secret feed address. */
  public String feed(String secret) {
    String username = feeds.owner(secret).orElseThrow(() -> new CalendarFeedNotFoundException(secret));
    Instant now = Instant.now();
    List<CalendarEntry> events = entries(username, now.minus(FEED_HISTORY), END_OF_TIME, new PageRequest(1, FEED_SIZE)).items().stream()
        .map(LearnerSchedule::event)
        .toList();
    return IcsCalendar.write("知行培训 " + username, events, now);
  }

  private Page<ScheduleEntry> entries(String username, Instant from, Instant until, PageRequest page) {
    Page<StoredOccurrence> found = occurrences.attendedBy(username, from, until, page);
    Map<Long, TrainingSession> byId = sessions.byIds(found.items().stream().map(StoredOccurrence::sessionId).distinct().toList())
        .stream().map(sessions::withCollections).collect(Collectors.toMap(TrainingSession::id, Function.identity()));
    return found.map(occurrence -> {
      TrainingSession session = byId.get(occurrence.sessionId());
      var record = audience.member(session.id(), username)
          .flatMap(member -> attendance.find(occurrence.id(), member.personId()))
          .orElse(null);
      return new ScheduleEntry(occurrence, session, record);
    });
  }

  private static CalendarEntry event(ScheduleEntry entry) {
    TrainingSession session = entry.session();
    StoredOccurrence occurrence = entry.occurrence();
    return new CalendarEntry(
        "occurrence-" + occurrence.id() + "@zhixing",
        occurrence.start(),
        occurrence.end(),
        session.title(),
        session.venue().name(),
        session.mode().name(),
        session.venue().streamUrl(),
        occurrence.cancelled() || session.status() == SessionStatus.CANCELLED,
        session.publishedAt() == null ? occurrence.start() : session.publishedAt());
  }
}
