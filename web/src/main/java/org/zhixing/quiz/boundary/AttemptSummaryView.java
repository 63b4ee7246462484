package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptStatus;

/** An attempt in its paper's list, for the paper's managers. */
public record AttemptSummaryView(
    UUID id, String learner, String orgUnitCode, int number, AttemptStatus status, Instant startedAt, Instant deadline,
    Instant submittedAt, boolean autoSubmitted, BigDecimal score, Boolean passed) {

  static AttemptSummaryView of(Attempt attempt) {
    return new AttemptSummaryView(attempt.id(), attempt.learner(), attempt.orgUnitCode(), attempt.number(),
        attempt.status(), attempt.startedAt(), attempt.deadline(), attempt.submittedAt(), attempt.autoSubmitted(),
        attempt.score(), attempt.passed());
  }
}
