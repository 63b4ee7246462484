package org.zhixing.tracking.boundary;

import java.time.Instant;
import java.util.UUID;
import org.zhixing.tracking.control.LessonStatus;
import org.zhixing.tracking.entity.PresenceCheck;

/**
 * A lesson's progress for the player: {@code share} done (0–1), {@code completed}, where to resume ({@code position},
 * media seconds or page), the {@code frontier} up to which seeking is allowed, and an open presence check to show;
 * with the lesson's kind, asset and completion rule, so that the player needs no other call to set itself up.
 */
public record LessonProgressView(
    long courseId,
    long lessonId,
    UUID lessonKey,
    String title,
    boolean required,
    String kind,
    UUID assetId,
    double durationSeconds,
    double minWatchedShare,
    int minDwellSeconds,
    boolean noSkipAhead,
    boolean presenceChecks,
    double share,
    boolean completed,
    Instant completedAt,
    double position,
    double frontier,
    double watchedSeconds,
    int pagesRead,
    int pageCount,
    boolean clockStopped,
    PresenceCheckView presenceCheck) {

  public record PresenceCheckView(UUID id, Instant issuedAt, Instant deadline) {
    static PresenceCheckView of(PresenceCheck check) {
      return check == null ? null : new PresenceCheckView(check.id(), check.issuedAt(), check.deadline());
    }
  }

  static LessonProgressView of(LessonStatus s) {
    return new LessonProgressView(s.courseId(), s.lessonId(), s.lessonKey(), s.title(), s.required(), s.kind(), s.assetId(),
        s.durationMillis() / 1000.0, s.minWatchedShare(), s.minDwellSeconds(), s.noSkipAhead(), s.presenceChecks(), s.share(),
        s.completed(), s.completedAt(), s.positionMillis() / 1000.0, s.frontierMillis() / 1000.0,
        s.watchedMillis() / 1000.0, s.pagesRead(), s.pageCount(), s.clockStopped(),
        PresenceCheckView.of(s.presenceCheck()));
  }
}
