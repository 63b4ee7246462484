package org.zhixing.tracking.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch of player events. Every event has the player's own id (a UUID; a resent event counts once), the course and
 * lesson, its {@code kind} and the device time it happened at; then, by kind: {@code WATCHED} {@code from}/{@code to}
 * (media seconds), {@code PAGE} {@code page}/{@code dwellSeconds}, {@code POSITION} {@code at} (media seconds, or the
 * page number), {@code PRESENCE} {@code checkId}. Checked by {@link ProgressEvents}: at most 500 events, each with its
 * id, kind and time.
 */
public record ProgressBatchRequest(List<Event> events) {

  public record Event(
      UUID id,
      long courseId,
      long lessonId,
      String kind,
      Instant clientTime,
      Double from,
      Double to,
      Integer page,
      Integer dwellSeconds,
      Double at,
      UUID checkId) {}
}
