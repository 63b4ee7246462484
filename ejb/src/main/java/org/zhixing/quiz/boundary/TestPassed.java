package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * For other features (coverage): a learner passed a paper, in the grading transaction, with the credit hours the paper
 * gives. Fired on every pass, a retake's too: observers must count a paper once.
 */
public record TestPassed(String learner, long paperId, Instant passedAt, BigDecimal creditHours) {}
