package org.zhixing.tracking.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch of player events. Every event has the player's own id (a UUID; a resent event counts once), the course and
 * lesson, its {@code kind} and the device time it happened at; then, by kind: {@code WATCHED} {@code from}/{@code to}
 * (media seconds), {@code PAGE} {@code page}/{@code dwellSeconds}, {@code POSITION} {@code at} (media seconds, or the
 * page number), {@code PRESENCE} {@code checkId}.
 */
public record ProgressBatchRequest(@NotNull @Size(max = 500) List<@Valid @NotNull Event> events) {

  public record Event(
      @NotNull UUID id,
      long courseId,
      long lessonId,
      @NotNull String kind,
      @NotNull Instant clientTime,
      Double from,
      Double to,
      Integer page,
      Integer dwellSeconds,
      Double at,
      UUID checkId) {}
}
