package org.zhixing.quiz.boundary;

import java.util.List;
import java.util.Set;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/** A question with its answer, for staff only: learners see questions through their attempts. */
public record QuestionView(
    long id, long bankId, QuestionType type, String stem, List<String> options, List<String> answer, String explanation,
    String rubric, int difficulty, Set<String> tags, String imageUrl) {

  static QuestionView of(StoredQuestion question) {
    QuestionContent content = question.content();
    return new QuestionView(question.id(), question.bankId(), content.type(), content.stem(), content.options(),
        content.answer(), content.explanation(), content.rubric(), content.difficulty(), content.tags(), question.imageLink());
  }
}
