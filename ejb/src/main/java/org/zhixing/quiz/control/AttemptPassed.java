package org.zhixing.quiz.control;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An attempt has just been graded as passed, in the transaction that graded it: by the learner's submission, the
 * deadline sweep, a lazy submission on access or a trainer's grade. Fired on every pass; observers decide what a
 * repeated pass means (nothing, for course completion).
 */
public record AttemptPassed(String learner, String orgUnitCode, long paperId, Long courseId,
    boolean requiredForCompletion, Instant passedAt, BigDecimal creditHours) {}
