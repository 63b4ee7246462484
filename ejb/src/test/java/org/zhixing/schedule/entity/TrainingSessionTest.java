package org.zhixing.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

  @Test
  void cancellingOneOccurrenceLeavesTheOthersAlone() {
    TrainingSession seminar = weeklySeminar();
    Instant second = seminar.occurrences().get(1).originalStart();

    seminar.cancelOccurrence(second);

    assertThat(seminar.occurrences()).extracting(Occurrence::cancelled).containsExactly(false, true, false, false);
  }

  @Test
  void aMovedOccurrenceKeepsItsKeyAndTheOthersTheirTimes() {
    TrainingSession seminar = weeklySeminar();
    Instant third = seminar.occurrences().get(2).originalStart();
    Instant newStart = shanghai(2026, 12, 17, 15, 0);

    seminar.moveOccurrence(third, newStart, newStart.plusSeconds(7200));

    assertThat(seminar.occurrences().get(2).originalStart()).isEqualTo(third);
    assertThat(seminar.occurrences().get(2).start()).isEqualTo(newStart);
    assertThat(seminar.occurrences()).extracting(Occurrence::start).element(3).isEqualTo(shanghai(2026, 12, 22, 9, 0));
  }

  @Test
  void anOccurrenceTheRuleNeverGaveCannotBeChanged() {
    TrainingSession seminar = weeklySeminar();

    assertThatThrownBy(() -> seminar.cancelOccurrence(shanghai(2026, 12, 2, 9, 0)))
        .isInstanceOf(OccurrenceNotFoundException.class);
  }

  @Test
  void aPublishedSessionIsNotRewrittenButItsOccurrencesMayMove() {
    TrainingSession seminar = weeklySeminar();
    seminar.publish(Instant.now());

    assertThatThrownBy(() -> seminar.describe(details("FREQ=WEEKLY;COUNT=2"))).isInstanceOf(SessionTransitionException.class);
    seminar.cancelOccurrence(seminar.occurrences().getFirst().originalStart());
    assertThat(seminar.occurrences().getFirst().cancelled()).isTrue();
  }

  @Test
  void aRemoteSessionNeedsAStreamAndAClassANamedVenue() {
    assertThatThrownBy(() -> new SessionDetails(SessionLevel.MUNICIPAL, SessionMode.REMOTE_SYNC, "远程", shanghai(2026, 12, 1, 9, 0),
        shanghai(2026, 12, 1, 11, 0), null, new Venue("会议室", 50, null), Set.of(), Set.of(), Set.of(), null, Set.of()))
        .isInstanceOf(InvalidSessionException.class);
    assertThatThrownBy(() -> new Venue(" ", null, null)).isInstanceOf(InvalidSessionException.class);
  }

  @Test
  void aSessionEndsAfterItStarts() {
    assertThatThrownBy(() -> new SessionDetails(SessionLevel.COUNTY, SessionMode.SEMINAR, "座谈会", shanghai(2026, 12, 1, 9, 0),
        shanghai(2026, 12, 1, 9, 0), null, new Venue("会议室", 50, null), Set.of(), Set.of(), Set.of(), null, Set.of()))
        .isInstanceOf(InvalidSessionException.class);
  }

  private static TrainingSession weeklySeminar() {
    return new TrainingSession(details("FREQ=WEEKLY;BYDAY=TU;COUNT=4"), "411627000000", "/411600000000/411627000000/", "trainer");
  }

  private static SessionDetails details(String rrule) {
    return new SessionDetails(SessionLevel.TOWNSHIP, SessionMode.SEMINAR, "每周座谈会", shanghai(2026, 12, 1, 9, 0),
        shanghai(2026, 12, 1, 11, 0), rrule, new Venue("镇党委会议室", 40, null), Set.of("trainer"), Set.of(), Set.of(), null, Set.of());
  }

  static Instant shanghai(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(TrainingSession.ZONE).toInstant();
  }
}
