package org.zhixing.quiz.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How a paper is taken.
 *
 * @param audienceUnitCode a standalone paper is offered to the learners of this unit's subtree
 * @param courseId the course whose final test this is, or null
 * @param requiredForCompletion whether passing it is needed to complete the course
 * @param timeLimitSeconds from the start of an attempt; the paper's closing time cuts it shorter
 * @param opensAt / closesAt the window in which attempts may start (either may be open-ended)
 */
public record PaperSettings(
    String title,
    String audienceUnitCode,
    Long courseId,
    boolean requiredForCompletion,
    int timeLimitSeconds,
    int maxAttempts,
    BigDecimal passScore,
    AnswerVisibility answerVisibility,
    BigDecimal creditHours,
    Instant opensAt,
    Instant closesAt) {}
