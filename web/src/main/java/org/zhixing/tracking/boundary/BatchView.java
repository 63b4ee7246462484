package org.zhixing.tracking.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.tracking.control.BatchOutcome;
import org.zhixing.tracking.control.CreditAwards.Award;

/** The answer to a batch: counts, the events that did not count and why, the lessons now, credit hours earned. */
public record BatchView(int counted, int duplicates, List<IgnoredView> ignored, List<LessonProgressView> lessons,
    List<AwardView> awards) {

  public record IgnoredView(UUID id, String reason) {}

  public record AwardView(long courseId, BigDecimal creditHours, Instant awardedAt) {
    static AwardView of(Award award) {
      return award == null ? null : new AwardView(award.courseId(), award.creditHours(), award.awardedAt());
    }
  }

  static BatchView of(BatchOutcome outcome) {
    return new BatchView(outcome.counted(), outcome.duplicates(),
        outcome.ignored().stream().map(i -> new IgnoredView(i.eventId(), i.reason())).toList(),
        outcome.lessons().stream().map(LessonProgressView::of).toList(),
        outcome.awards().stream().map(AwardView::of).toList());
  }
}
