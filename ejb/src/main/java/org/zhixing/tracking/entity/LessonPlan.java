package org.zhixing.tracking.entity;

import java.util.Objects;
import java.util.UUID;

/**
 * What tracking needs to know of a published lesson: where it belongs, the key that survives new course versions and
 * the fingerprint of its content, how long it is, and the rule that says when it is done. Timed lessons (video,
 * audio) have a duration; paged lessons (PDF, HTML, image) have pages. {@code kind} and {@code assetId} tell the player
 * what to show.
 */
public record LessonPlan(
    long lessonId,
    long courseId,
    UUID lessonKey,
    String fingerprint,
    String title,
    boolean required,
    String kind,
    UUID assetId,
    boolean timed,
    int durationMillis,
    int pageCount,
    double minWatchedShare,
    int minDwellSeconds,
    boolean noSkipAhead,
    boolean presenceChecks) {

  public LessonPlan {
    Objects.requireNonNull(lessonKey, "lessonKey");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (timed ? durationMillis <= 0 : pageCount <= 0) {
      throw new IllegalArgumentException("lesson " + lessonId + " has no length to measure progress against");
    }
    if (!(minWatchedShare > 0 && minWatchedShare <= 1) || minDwellSeconds < 0) {
      throw new IllegalArgumentException("not a completion rule: " + minWatchedShare + ", " + minDwellSeconds + " s");
    }
  }

  /** Milliseconds of unique media time that complete the lesson. */
  public long requiredMillis() {
    return (long) Math.ceil(durationMillis * minWatchedShare - 1e-6);
  }
}
