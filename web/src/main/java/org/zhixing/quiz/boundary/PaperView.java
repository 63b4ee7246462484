package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhixing.quiz.entity.AnswerVisibility;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.Question;
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
    List<DrawRule> rules) {

  /** A fixed question with enough of it to recognize it in the editor. */
  public record FixedView(long questionId, BigDecimal points, QuestionType type, String stem) {}

  static PaperView of(Paper paper, Map<Long, Question> questions) {
    BigDecimal max = paper.drawn()
        ? paper.rules().stream().map(r -> r.points().multiply(BigDecimal.valueOf(r.count()))).reduce(BigDecimal.ZERO, BigDecimal::add)
        : paper.questions().stream().map(FixedQuestion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<FixedView> fixed = paper.questions().stream()
        .map(q -> new FixedView(q.questionId(), q.points(), questions.get(q.questionId()).type(),
            questions.get(q.questionId()).stem()))
        .toList();
    return new PaperView(paper.id(), paper.title(), paper.ownerUnitCode(), paper.audienceUnitCode(),
        paper.courseId().orElse(null), paper.requiredForCompletion(), paper.timeLimitSeconds(), paper.maxAttempts(),
        paper.passScore(), max, paper.answerVisibility(), paper.creditHours(), paper.opensAt(), paper.closesAt(),
        paper.publishedAt().orElse(null), fixed, paper.rules());
  }
}
