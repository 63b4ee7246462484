package org.zhixing.tracking.control;

import java.util.List;
import java.util.UUID;
import org.zhixing.tracking.control.CreditAwards.Award;

/**
 * What a batch of events did: how many counted, how many had been seen before, which were ignored and why, the
 * lessons it touched as they stand now, and credit hours it earned.
 */
public record BatchOutcome(int counted, int duplicates, List<Ignored> ignored, List<LessonStatus> lessons,
    List<Award> awards) {

  /**
   * An event that did not count, and why: {@code UNKNOWN_LESSON} or one of {@link
   * org.zhixing.tracking.entity.LessonTrack.Outcome}'s refusals.
   */
  public record Ignored(UUID eventId, String reason) {}
}
