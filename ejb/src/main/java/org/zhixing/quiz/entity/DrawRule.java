package org.zhixing.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * "{@code count} questions of bank {@code bankId} tagged {@code tag}, of this type and difficulty, {@code points}
 * each": one line of a drawn paper. A null tag, type or difficulty matches any.
 */
@Embeddable
public record DrawRule(
    @Column(name = "bank_id") long bankId,
    String tag,
    @Enumerated(EnumType.STRING) QuestionType type,
    Integer difficulty,
    int count,
    BigDecimal points) {

  public boolean matches(Question question) {
    return (tag == null || question.tags().contains(tag))
        && (type == null || question.type() == type)
        && (difficulty == null || question.difficulty() == difficulty);
  }
}
