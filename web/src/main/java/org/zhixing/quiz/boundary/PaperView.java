package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhixing.quiz.entity.AnswerVisibility;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/** A paper for its managers: settings, questions or rules, and the total it is marked out of. */
public record PaperView(
    long id,
    String title,
    String ownerUnitCode,
    String audienceUnitCode,
    Long courseId,
    boolean requiredForCompletion,
    int timeLimitSeconds,
    int maxAttempts,
    BigDecimal passScore,
    BigDecimal maxScore,
    AnswerVisibility answerVisibility,
    BigDecimal creditHours,
    Instant opensAt,
    Instant closesAt,
    Instant publishedAt,
    List<FixedView> questions,
    List<DrawRule> rules,
    Long sessionId,
    Set<String> audiencePositions,
    boolean audienceWeakOnly) {

  /** A fixed question with enough of it to recognize it in the editor. */
  public record FixedView(long questionId, BigDecimal points, QuestionType type, String stem) {}

  static PaperView of(PaperDetails details) {
    Paper paper = details.paper();
    Map<Long, QuestionContent> contents = details.contents();
    BigDecimal max = details.rules().isEmpty()
        ? details.questions().stream().map(FixedQuestion::points).reduce(BigDecimal.ZERO, BigDecimal::add)
        : details.rules().stream().map(r -> r.points().multiply(BigDecimal.valueOf(r.count()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<FixedView> fixed = details.questions().stream()
        .map(q -> new FixedView(q.questionId(), q.points(), contents.get(q.questionId()).type(),
            contents.get(q.questionId()).stem()))
        .toList();
    return new PaperView(paper.id(), paper.title(), paper.ownerUnitCode(), paper.audienceUnitCode(),
        paper.courseId().orElse(null), paper.requiredForCompletion(), paper.timeLimitSeconds(), paper.maxAttempts(),
        paper.passScore(), max, paper.answerVisibility(), paper.creditHours(), paper.opensAt(), paper.closesAt(),
        paper.publishedAt().orElse(null), fixed, details.rules(), details.audience().sessionId(),
        details.audience().positions(), details.audience().weakAndLaxOnly());
  }
}
