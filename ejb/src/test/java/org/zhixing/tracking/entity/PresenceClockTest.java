package org.zhixing.tracking.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresenceClockTest {

  private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

  private static PresenceCheck check(int issuedSecond, Integer answeredSecond) {
    return new PresenceCheck(UUID.randomUUID(), T0.plusSeconds(issuedSecond), T0.plusSeconds(issuedSecond + 60),
        answeredSecond == null ? null : T0.plusSeconds(answeredSecond));
  }

  @Test
  void aMissedCheckStopsTheClockFromItsDeadlineUntilTheNextAnsweredCheck() {
    var clock = new PresenceClock(List.of(check(100, null), check(400, 420)));
    Instant now = T0.plusSeconds(1000);
    assertThat(clock.runningAt(T0.plusSeconds(150), now)).as("before the deadline").isTrue();
    assertThat(clock.runningAt(T0.plusSeconds(161), now)).isFalse();
    assertThat(clock.runningAt(T0.plusSeconds(419), now)).isFalse();
    assertThat(clock.runningAt(T0.plusSeconds(420), now)).isTrue();
    assertThat(clock.stopped(now)).isFalse();
  }

  @Test
  void anOpenCheckDoesNotStopTheClockYet() {
    var clock = new PresenceClock(List.of(check(100, null)));
    assertThat(clock.runningAt(T0.plusSeconds(130), T0.plusSeconds(130))).isTrue();
    assertThat(clock.open(T0.plusSeconds(130))).isPresent();
    assertThat(clock.stopped(T0.plusSeconds(161))).isTrue();
  }

  @Test
  void answeredChecksKeepTheClockRunning() {
    var clock = new PresenceClock(List.of(check(100, 110), check(300, 330)));
    assertThat(clock.runningAt(T0.plusSeconds(200), T0.plusSeconds(900))).isTrue();
    assertThat(clock.stopped(T0.plusSeconds(900))).isFalse();
  }
}
