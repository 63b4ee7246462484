package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.util.UUID;
import org.zhixing.courseware.entity.Lesson;
import org.zhixing.courseware.entity.AssetKind;

/**
 * A published lesson as the tracking feature needs it: what to play and when it counts as done.
 *
 * <p><b>The contract across versions.</b> {@code lessonId} names one row of one course version and changes when a
 * new version is published; {@code lessonKey} stays the same for "the same lesson" in every version of a course.
 * {@code fingerprint} changes exactly when what completing the lesson means changes (another asset, other HTML
 * text, another completion rule), not for a new title, position or required flag. Keep progress per learner and
 * lesson key, remember the fingerprint it was earned under, and count it only while that equals the published
 * lesson's fingerprint.
 *
 * @param durationSeconds media length for {@code VIDEO}/{@code AUDIO}, as the asset catalog measured it; else null
 * @param pageCount pages of a {@code PDF}; 1 for {@code HTML} and {@code IMAGE}; null for timed kinds
 * @param minWatchedShare share of unique media time to watch (0.01–1.00; 0.90 unless the trainer chose otherwise)
 * @param minDwellSeconds seconds each page must be shown
 * @param noSkipAhead the player must not seek past the watched frontier
 * @param presenceChecks random "still there?" checks; a missed one stops the clock
 * @param required whether course completion waits for this lesson
 */
public record LessonDefinition(
    long courseId,
    int courseVersion,
    long lessonId,
    UUID lessonKey,
    String fingerprint,
    String title,
    AssetKind kind,
    UUID assetId,
    Integer durationSeconds,
    Integer pageCount,
    BigDecimal minWatchedShare,
    int minDwellSeconds,
    boolean noSkipAhead,
    boolean presenceChecks,
    boolean required) {

  public static LessonDefinition of(Lesson lesson) {
    var revision = lesson.revision();
    var rule = lesson.rule();
    return new LessonDefinition(
        revision.course().id(), revision.number(), lesson.id(), lesson.key(), lesson.fingerprint(), lesson.title(),
        lesson.kind(), lesson.assetId(), lesson.durationSeconds(), lesson.pageCount(), rule.minWatchedShare(),
        rule.minDwellSeconds(), rule.noSkipAhead(), rule.presenceChecks(), lesson.required());
  }
}
