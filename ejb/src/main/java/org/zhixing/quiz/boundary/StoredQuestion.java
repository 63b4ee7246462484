package org.zhixing.quiz.boundary;

import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionContent;

/** A question of a bank as stored: its id, bank and content, read while the transaction was open. */
public record StoredQuestion(long id, long bankId, QuestionContent content) {

  static StoredQuestion of(Question question) {
    return new StoredQuestion(question.id(), question.bank().id(), question.content());
  }
}
