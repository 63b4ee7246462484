package org.zhixing.tracking.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** A learner's completion of a course (awarded once): who, which course, the credit hours and when. */
public record CourseAward(String learner, long courseId, BigDecimal creditHours, Instant completedAt) {}
