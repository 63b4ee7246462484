package org.zhixing.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttendanceCorrectionTest {

  private static final Instant START = Instant.parse("2026-11-25T01:00:00Z");
  private static final StoredOccurrence OCCURRENCE =
      new StoredOccurrence(7, 3, START, START, START.plus(Duration.ofHours(2)), false);
  private static final AttendanceRules RULES = new AttendanceRules(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(30));

  private static AttendanceRecord scanned(Instant in, Instant out, boolean late, boolean leftEarly) {
    return new AttendanceRecord(7, 42, in, out, late, leftEarly, 99, false, null);
  }

  @Test
  void markingSomeoneWhoNeverScannedPresentSignsThemInAtTheStart() {
    AttendanceRecord corrected = new AttendanceCorrection(true, null, null, null, null).applyTo(42, null, OCCURRENCE, RULES, "trainer");

    assertThat(corrected.signedInAt()).isEqualTo(START);
    assertThat(corrected.isPresent()).isTrue();
    assertThat(corrected.late()).isFalse();
    assertThat(corrected.correctedBy()).isEqualTo("trainer");
    assertThat(corrected.earnsCredit()).isTrue();
  }

  @Test
  void markingSomeoneAbsentKeepsTheirScansForTheRecordButTheyEarnNothing() {
    AttendanceRecord before = scanned(START.plusSeconds(60), null, false, false);

    AttendanceRecord corrected = new AttendanceCorrection(false, null, null, null, null).applyTo(42, before, OCCURRENCE, RULES, "trainer");

    assertThat(corrected.signedInAt()).isEqualTo(before.signedInAt());
    assertThat(corrected.absent()).isTrue();
    assertThat(corrected.isPresent()).isFalse();
    assertThat(corrected.earnsCredit()).isFalse();
    assertThat(corrected.codeWindow()).as("a later scan can still sign out").isEqualTo(99);
  }

  @Test
  void correctedTimesSetLateAndLeftEarlyByTheThresholdsUnlessGiven() {
    Instant lateIn = START.plus(Duration.ofMinutes(25));
    Instant earlyOut = OCCURRENCE.end().minus(Duration.ofMinutes(30));

    AttendanceRecord byTimes = new AttendanceCorrection(true, lateIn, earlyOut, null, null).applyTo(42, null, OCCURRENCE, RULES, "t");
    AttendanceRecord excused = new AttendanceCorrection(true, lateIn, earlyOut, false, null).applyTo(42, null, OCCURRENCE, RULES, "t");

    assertThat(byTimes.late()).isTrue();
    assertThat(byTimes.leftEarly()).isTrue();
    assertThat(byTimes.earnsCredit()).as("late and left early earns nothing").isFalse();
    assertThat(excused.late()).isFalse();
    assertThat(excused.earnsCredit()).isTrue();
  }

  @Test
  void aSignOutBeforeTheSignInIsRefused() {
    AttendanceRecord before = scanned(START.plusSeconds(600), null, false, false);

    assertThatThrownBy(() -> new AttendanceCorrection(true, null, START, null, null).applyTo(42, before, OCCURRENCE, RULES, "t"))
        .isInstanceOf(InvalidCorrectionException.class);
  }

  @Test
  void lateOrLeftEarlyAloneStillEarnsCredit() {
    assertThat(scanned(START, null, true, false).earnsCredit()).isTrue();
    assertThat(scanned(START, START.plusSeconds(60), false, true).earnsCredit()).isTrue();
    assertThat(scanned(START, START.plusSeconds(60), true, true).earnsCredit()).isFalse();
    assertThat(new AttendanceRecord(7, 42, null, null, false, false, 0, true, "t").earnsCredit()).isFalse();
  }
}
