package org.zhixing.quiz.boundary;

import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.QuestionContent;

/** A short answer waiting for a trainer: the attempt, the 0-based position of the answer in it, and its question. */
public record PendingAnswer(Attempt attempt, int position, long questionId, QuestionContent question) {

  public AttemptItem item() {
    return attempt.items().get(position);
  }
}
