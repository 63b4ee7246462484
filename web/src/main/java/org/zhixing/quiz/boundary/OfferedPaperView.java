package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.Paper;

/** A paper in a learner's list: how it is taken, how many attempts are left, the open one to resume, the best result. */
public record OfferedPaperView(
    long id,
    String title,
    Long courseId,
    int timeLimitSeconds,
    int maxAttempts,
    int attemptsUsed,
    BigDecimal passScore,
    Instant opensAt,
    Instant closesAt,
    UUID openAttemptId,
    BigDecimal bestScore,
    boolean passed,
    Long sessionId) {

  static OfferedPaperView of(OfferedPaper offered) {
    Paper paper = offered.paper();
    UUID open = offered.attempts().stream().filter(Attempt::isOpen).map(Attempt::id).findFirst().orElse(null);
    BigDecimal best = offered.attempts().stream().map(Attempt::score).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    boolean passed = offered.attempts().stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
    return new OfferedPaperView(paper.id(), paper.title(), paper.courseId().orElse(null), paper.timeLimitSeconds(),
        paper.maxAttempts(), offered.attempts().size(), paper.passScore(), paper.opensAt(), paper.closesAt(), open, best,
        passed, paper.sessionId().orElse(null));
  }
}
