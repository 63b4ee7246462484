package org.zhixing.tracking.control;

import java.time.Instant;
import java.util.UUID;
import org.zhixing.tracking.entity.LessonPlan;
import org.zhixing.tracking.entity.LessonTrack;
import org.zhixing.tracking.entity.PresenceCheck;

/**
 * A learner's progress in one lesson as the player and the admins see it: the share done, whether it is complete,
 * where to resume, the frontier for no-skip-ahead, and an open presence check the player must show.
 */
public record LessonStatus(
    long courseId,
    long lessonId,
    UUID lessonKey,
    String title,
    boolean required,
    String kind,
    UUID assetId,
    int durationMillis,
    double minWatchedShare,
    int minDwellSeconds,
    boolean noSkipAhead,
    boolean presenceChecks,
    double share,
    boolean completed,
    Instant completedAt,
    int positionMillis,
    int frontierMillis,
    int watchedMillis,
    int pagesRead,
    int pageCount,
    boolean clockStopped,
    PresenceCheck presenceCheck) {

  public static LessonStatus of(LessonPlan plan, LessonTrack track, boolean clockStopped, PresenceCheck open) {
    return new LessonStatus(plan.courseId(), plan.lessonId(), plan.lessonKey(), plan.title(), plan.required(),
        plan.kind(), plan.assetId(), plan.timed() ? plan.durationMillis() : 0, plan.minWatchedShare(),
        plan.minDwellSeconds(), plan.noSkipAhead(), plan.presenceChecks(),
        track.share(plan), track.completed(), track.completedAt(), track.positionMillis(),
        track.watchedTime().frontier(), (int) track.watchedTime().total(plan.durationMillis()),
        plan.timed() ? 0 : track.pagesRead(plan), plan.timed() ? 0 : plan.pageCount(), clockStopped, open);
  }
}
