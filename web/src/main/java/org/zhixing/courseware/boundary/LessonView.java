package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.util.UUID;
import org.zhixing.courseware.entity.Lesson;

/** A lesson of the version shown, with its completion rule; {@code bodyHtml} only for text lessons. */
public record LessonView(
    long id,
    UUID key,
    int position,
    String title,
    String kind,
    UUID assetId,
    String bodyHtml,
    Integer durationSeconds,
    Integer pageCount,
    boolean required,
    BigDecimal minWatchedShare,
    int minDwellSeconds,
    boolean noSkipAhead,
    boolean presenceChecks,
    String fingerprint) {

  static LessonView of(Lesson l) {
    var rule = l.rule();
    return new LessonView(
        l.id(), l.key(), l.position(), l.title(), l.kind().name(), l.assetId(), l.bodyHtml(), l.durationSeconds(),
        l.pageCount(), l.required(), rule.minWatchedShare(), rule.minDwellSeconds(), rule.noSkipAhead(),
        rule.presenceChecks(), l.fingerprint());
  }
}
