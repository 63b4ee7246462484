package org.zhixing.schedule.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhixing.org.boundary.PersonCard;
import org.zhixing.schedule.boundary.SiteAttendance.MySite;

/** The caller's site at one occurrence, as the room's page shows it; {@code checkedInAt} is null before checking in. */
public record MySiteView(
    long sessionId, String sessionTitle, long occurrenceId, OffsetDateTime occurrenceStart, String siteUnitCode,
    String siteName, List<PersonCard> expectedPeople, OffsetDateTime checkedInAt, Integer presentCount,
    List<Long> attendeeIds) {

  static MySiteView of(MySite s) {
    return new MySiteView(s.sessionId(), s.sessionTitle(), s.occurrenceId(), ShanghaiTime.of(s.occurrenceStart()),
        s.siteUnitCode(), s.siteName(), s.expectedPeople(), s.checkIn() == null ? null : ShanghaiTime.of(s.checkIn().checkedInAt()),
        s.checkIn() == null ? null : s.checkIn().presentCount(), s.attendeeIds());
  }
}
