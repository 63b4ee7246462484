package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.quiz.entity.AttemptItem;

/** A short answer in the grading queue, with what the trainer grades it against. */
public record PendingAnswerView(
    UUID attemptId,
    int position,
    long paperId,
    String paperTitle,
    String learner,
    Instant submittedAt,
    long questionId,
    String stem,
    String rubric,
    List<String> referenceAnswer,
    BigDecimal points,
    List<String> response,
    BigDecimal score,
    String comment) {

  static PendingAnswerView of(PendingAnswer pending) {
    AttemptItem item = pending.item();
    return new PendingAnswerView(pending.attempt().id(), pending.position() + 1, pending.attempt().paper().id(),
        pending.attempt().paper().title(), pending.attempt().learner(), pending.attempt().submittedAt(),
        pending.questionId(), pending.question().stem(), pending.question().rubric(), pending.question().answer(),
        item.points(), item.response(), item.score(), item.comment());
  }
}
