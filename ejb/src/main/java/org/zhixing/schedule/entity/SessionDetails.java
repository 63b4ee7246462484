package org.zhixing.schedule.entity;

import java.time.Instant;
import java.util.Set;
import org.zhixing.platform.audience.AudienceRule;

/**
 * What an organizer writes about a session. {@code rrule} is null for a one-off session; {@code audience} is null when
 * the people are only listed by name in {@code additions}.
 */
public record SessionDetails(
    SessionLevel level,
    SessionMode mode,
    String title,
    Instant startsAt,
    Instant endsAt,
    String rrule,
    Venue venue,
    Set<String> trainers,
    Set<Long> courseIds,
    Set<Long> policyIds,
    AudienceRule audience,
    Set<String> additions) {

  public SessionDetails {
    if (level == null || mode == null) {
      throw new InvalidSessionException(level == null ? "level" : "mode");
    }
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new InvalidSessionException("title");
    }
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw new InvalidSessionException("ends-at");
    }
    if (venue == null || (mode.isStreamed() ? venue.streamUrl() == null : venue.name() == null)) {
      throw new InvalidSessionException(mode.isStreamed() ? "stream-url" : "venue");
    }
    if (rrule != null && rrule.isBlank()) {
      rrule = null;
    }
    if (rrule != null) {
      rrule = RecurrenceRule.parse(rrule).toString();
    }
    title = title.strip();
    trainers = Set.copyOf(trainers);
    courseIds = Set.copyOf(courseIds);
    policyIds = Set.copyOf(policyIds);
    additions = Set.copyOf(additions);
  }
}
