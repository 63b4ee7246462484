package org.zhixing.tracking.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** A course the learner completed, with the credit hours it earned and when. */
public record CompletedCourse(long courseId, String title, BigDecimal creditHours, Instant completedAt) {}
