package org.zhixing.tracking.control;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing the player saw happen, with the id the player gave it (so a resent event counts once) and the time on
 * the learner's device. Media times are milliseconds.
 */
public sealed interface ProgressEvent {

  UUID id();

  long courseId();

  long lessonId();

  Instant clientTime();

  /** Media time {@code [fromMillis, toMillis)} played. */
  record Watched(UUID id, long courseId, long lessonId, Instant clientTime, int fromMillis, int toMillis)
      implements ProgressEvent {}

  /** Page {@code page} (1-based) shown for {@code dwellSeconds}. */
  record PageRead(UUID id, long courseId, long lessonId, Instant clientTime, int page, int dwellSeconds)
      implements ProgressEvent {}

  /** The learner is at {@code atMillis} (media time; page × 1000 in paged lessons): where to resume. */
  record Position(UUID id, long courseId, long lessonId, Instant clientTime, int atMillis) implements ProgressEvent {}

  /** The learner answered presence check {@code checkId}. */
  record PresenceAnswer(UUID id, long courseId, long lessonId, Instant clientTime, UUID checkId)
      implements ProgressEvent {}
}
