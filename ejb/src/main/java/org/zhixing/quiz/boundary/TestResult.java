package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** A paper a learner took: attempts submitted, best score, whether any passed, and the credit hours it earned. */
public record TestResult(long paperId, String title, Long courseId, int attempts, BigDecimal bestScore,
    boolean passed, Instant lastSubmittedAt, BigDecimal creditHours) {}
