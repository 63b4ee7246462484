package org.zhixing.tracking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.tracking.entity.LessonTrack.Outcome.CLOCK_STOPPED;
import static org.zhixing.tracking.entity.LessonTrack.Outcome.COUNTED;
import static org.zhixing.tracking.entity.LessonTrack.Outcome.OUT_OF_RANGE;
import static org.zhixing.tracking.entity.LessonTrack.Outcome.SKIPPED_AHEAD;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LessonTrackTest {

  private static final UUID VIDEO_KEY = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  private static final LessonPlan VIDEO = video("v1", 100_000, false);
  private static final LessonPlan PDF =
      new LessonPlan(2, 1, UUID.randomUUID(), "f1", "PDF", true, "PDF", UUID.randomUUID(), false, 0, 3, 0.9, 10, false, false);

  static LessonPlan video(String fingerprint, int millis, boolean noSkipAhead) {
    return new LessonPlan(1, 1, VIDEO_KEY, fingerprint, "video", true, "VIDEO", UUID.randomUUID(), true, millis, 0, 0.9, 10, noSkipAhead, false);
  }

  @Test
  void aVideoIsCompleteAtNinetyPercentOfUniqueTime() {
    LessonTrack track = LessonTrack.fresh("learner", VIDEO);
    track.watched(VIDEO, 0, 89_999, true);
    track.watched(VIDEO, 0, 50_000, true);
    assertThat(track.completeIfDone(VIDEO, NOW)).isFalse();
    track.watched(VIDEO, 89_000, 90_000, true);
    assertThat(track.completeIfDone(VIDEO, NOW)).isTrue();
    assertThat(track.completeIfDone(VIDEO, NOW.plusSeconds(1))).as("only the first time").isFalse();
    assertThat(track.share(VIDEO)).isEqualTo(0.9);
  }

  @Test
  void watchedTimeIsClippedToTheLesson() {
    LessonTrack track = LessonTrack.fresh("learner", VIDEO);
    assertThat(track.watched(VIDEO, -5_000, 200_000, true)).isEqualTo(COUNTED);
    assertThat(track.watchedTime().bounds()).containsExactly(0, 100_000);
    assertThat(track.watched(VIDEO, 150_000, 160_000, true)).isEqualTo(OUT_OF_RANGE);
  }

  @Test
  void noSkipAheadRefusesTimeBeyondTheFrontierAndItsTolerance() {
    LessonPlan strict = video("v1", 100_000, true);
    LessonTrack track = LessonTrack.fresh("learner", strict);
    assertThat(track.watched(strict, 0, 20_000, true)).isEqualTo(COUNTED);
    assertThat(track.watched(strict, 25_001, 30_000, true)).isEqualTo(SKIPPED_AHEAD);
    assertThat(track.watched(strict, 24_000, 30_000, true)).isEqualTo(COUNTED);
    assertThat(track.watchedTime().bounds()).containsExactly(0, 20_000, 24_000, 30_000);
    assertThat(track.watched(strict, 35_500, 40_000, true)).as("the frontier is still 20 s").isEqualTo(SKIPPED_AHEAD);
  }

  @Test
  void timeWatchedWhileTheClockIsStoppedDoesNotCount() {
    LessonTrack track = LessonTrack.fresh("learner", VIDEO);
    assertThat(track.watched(VIDEO, 0, 95_000, false)).isEqualTo(CLOCK_STOPPED);
    assertThat(track.watchedTime().isEmpty()).isTrue();
  }

  @Test
  void aPdfIsCompleteWhenEveryPageWasShownLongEnough() {
    LessonTrack track = LessonTrack.fresh("learner", PDF);
    track.read(PDF, 1, 12, true);
    track.read(PDF, 2, 6, true);
    track.read(PDF, 3, 10, true);
    assertThat(track.completeIfDone(PDF, NOW)).isFalse();
    assertThat(track.pagesRead(PDF)).isEqualTo(2);
    track.read(PDF, 2, 4, true);
    assertThat(track.completeIfDone(PDF, NOW)).isTrue();
    assertThat(track.read(PDF, 4, 10, true)).isEqualTo(OUT_OF_RANGE);
  }

  @Test
  void eachEventIdCountsOnceWithinTheWindow() {
    LessonTrack track = LessonTrack.fresh("learner", VIDEO);
    UUID id = UUID.randomUUID();
    assertThat(track.firstSighting(id)).isTrue();
    assertThat(track.firstSighting(id)).isFalse();
    for (int i = 0; i < LessonTrack.DEDUPE_WINDOW; i++) {
      track.firstSighting(UUID.randomUUID());
    }
    assertThat(track.recentEvents()).hasSize(LessonTrack.DEDUPE_WINDOW).doesNotContain(id);
  }

  @Test
  void theLatestPositionWinsWhateverOrderItArrivesIn() {
    LessonTrack track = LessonTrack.fresh("learner", VIDEO);
    track.positioned(VIDEO, 42_000, NOW);
    track.positioned(VIDEO, 10_000, NOW.minusSeconds(30));
    assertThat(track.positionMillis()).isEqualTo(42_000);
  }

  @Test
  void progressSurvivesANewVersionWithTheSameContentButNotChangedContent() {
    LessonTrack track = LessonTrack.fresh("learner", VIDEO);
    track.watched(VIDEO, 0, 95_000, true);
    track.completeIfDone(VIDEO, NOW);
    track.measureAgainst(video("v1", 100_000, false), "411627101201");
    assertThat(track.completed()).isTrue();
    track.measureAgainst(video("v2", 100_000, false), "411627101201");
    assertThat(track.completed()).isFalse();
    assertThat(track.watchedTime().isEmpty()).isTrue();
  }
}
