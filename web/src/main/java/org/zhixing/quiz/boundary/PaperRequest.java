package org.zhixing.quiz.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.zhixing.quiz.control.QuizCredits;
import org.zhixing.quiz.entity.AnswerVisibility;
import org.zhixing.quiz.entity.DrawRule;
import org.zhixing.quiz.entity.FixedQuestion;
import org.zhixing.quiz.entity.PaperAudience;
import org.zhixing.quiz.entity.PaperSettings;
import org.zhixing.quiz.entity.QuestionType;

/**
 * A paper as its author defines it: either {@code questions} (fixed) or {@code rules} (drawn per attempt). The time
 * limit is in seconds; the audience defaults to the author's own unit, the credit hours to the configured rule. With
 * {@code sessionId} the paper is the session's quiz, offered to its audience; else {@code audiencePositions} (Position
 * names) and {@code audienceWeakOnly} narrow the audience unit's subtree.
 */
public record PaperRequest(
    @NotBlank @Size(max = 200) String title,
    @Pattern(regexp = "\\d{12}") String audienceUnitCode,
    Long courseId,
    boolean requiredForCompletion,
    @Min(1) @Max(7 * 24 * 3600) int timeLimitSeconds,
    @Min(1) @Max(100) int maxAttempts,
    @NotNull @DecimalMin("0.0") @DecimalMax("9999.9") @Digits(integer = 4, fraction = 1) BigDecimal passScore,
    @NotNull AnswerVisibility answerVisibility,
    @DecimalMin("0.0") @DecimalMax("999.9") @Digits(integer = 3, fraction = 1) BigDecimal creditHours,
    Instant opensAt,
    Instant closesAt,
    @Size(max = 500) List<@Valid @NotNull Fixed> questions,
    @Size(max = 50) List<@Valid @NotNull Rule> rules,
    Long sessionId,
    @Size(max = 20) Set<@NotNull @Size(max = 30) String> audiencePositions,
    boolean audienceWeakOnly) {

  /** A question of a fixed paper. */
  public record Fixed(long questionId, @NotNull @DecimalMin("0.0") @DecimalMax("999.9") BigDecimal points) {}

  /** Draw {@code count} questions of the bank matching tag, type and difficulty (null: any). */
  public record Rule(
      long bankId,
      @Size(max = 60) String tag,
      QuestionType type,
      @Min(1) @Max(5) Integer difficulty,
      @Min(1) @Max(200) int count,
      @NotNull @DecimalMin("0.0") @DecimalMax("999.9") BigDecimal points) {}

  PaperDefinition toDefinition(String ownUnitCode) {
    var settings = new PaperSettings(title, audienceUnitCode == null ? ownUnitCode : audienceUnitCode, courseId,
        requiredForCompletion, timeLimitSeconds, maxAttempts, passScore, answerVisibility,
        creditHours == null ? QuizCredits.defaultPerPass() : creditHours, opensAt, closesAt);
    List<FixedQuestion> fixed = questions == null ? List.of()
        : questions.stream().map(q -> new FixedQuestion(q.questionId(), q.points())).toList();
    List<DrawRule> drawn = rules == null ? List.of()
        : rules.stream().map(r -> new DrawRule(r.bankId(), blankToNull(r.tag()), r.type(), r.difficulty(), r.count(), r.points()))
            .toList();
    return new PaperDefinition(settings, new PaperAudience(sessionId, audiencePositions, audienceWeakOnly), fixed, drawn);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
