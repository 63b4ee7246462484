package org.zhixing.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A question a fixed paper asks, and what it is worth. */
@Embeddable
public record FixedQuestion(@Column(name = "question_id") long questionId, BigDecimal points) {}
