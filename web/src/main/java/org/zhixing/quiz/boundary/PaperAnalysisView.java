package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.zhixing.quiz.control.PaperStatistics;
import org.zhixing.quiz.control.QuestionTally;
import org.zhixing.quiz.entity.QuestionContent;
import org.zhixing.quiz.entity.QuestionType;

/**
 * A paper's analysis for its trainers. Shares are fractions from 0 to 1 (null when there is nothing to divide);
 * {@code histogram} counts graded attempts per tenth of {@code maxScore}, the last bucket including full marks.
 */
public record PaperAnalysisView(
    long paperId,
    String title,
    BigDecimal passScore,
    BigDecimal maxScore,
    long graded,
    long passed,
    Double passRate,
    BigDecimal meanScore,
    long awaitingGrading,
    List<Long> histogram,
    List<UnitView> units,
    List<QuestionStatsView> questions,
    List<TagView> weakestTags) {

  public record UnitView(String code, String name, long graded, long passed, Double passRate, BigDecimal meanScore) {}

  /** One question's item analysis; {@code wrongOption} is the key as authored (A = the first option). */
  public record QuestionStatsView(
      long questionId, QuestionType type, String stem, Set<String> tags, long asked, long answered, long correct,
      Double shareCorrect, Double discrimination, String wrongOption, String wrongOptionText, Long wrongOptionChosen) {}

  public record TagView(String tag, long asked, long correct, Double shareCorrect) {}

  static PaperAnalysisView of(PaperAnalysis analysis) {
    PaperStatistics.Summary summary = analysis.summary();
    return new PaperAnalysisView(
        analysis.paper().id(),
        analysis.paper().title(),
        analysis.paper().passScore(),
        summary.maxScore(),
        summary.graded(),
        summary.passed(),
        share(summary.passed(), summary.graded()),
        rounded(summary.meanScore()),
        summary.awaitingGrading(),
        analysis.histogram(),
        analysis.units().stream()
            .map(u -> new UnitView(u.code(), u.name(), u.graded(), u.passed(), share(u.passed(), u.graded()),
                u.graded() == 0 ? null : rounded(u.scoreSum().divide(BigDecimal.valueOf(u.graded()), 2, RoundingMode.HALF_UP))))
            .toList(),
        analysis.questions().stream().map(tally -> question(analysis, tally)).toList(),
        analysis.weakestTags().stream()
            .map(t -> new TagView(t.tag(), t.asked(), t.correct(), share(t.correct(), t.asked())))
            .toList());
  }

  private static QuestionStatsView question(PaperAnalysis analysis, QuestionTally tally) {
    QuestionContent content = analysis.contents().get(tally.questionId());
    PaperStatistics.WrongOption wrong = analysis.wrongOptions().get(tally.questionId());
    String wrongText = wrong == null ? null : optionText(content, wrong.key());
    return new QuestionStatsView(tally.questionId(), content.type(), content.stem(), content.tags(), tally.asked(),
        tally.answered(), tally.correct(), value(tally.shareCorrect()), value(tally.discrimination()),
        wrong == null ? null : wrong.key(), wrongText, wrong == null ? null : wrong.chosen());
  }

  private static String optionText(QuestionContent content, String key) {
    int index = key.charAt(0) - 'A';
    return index < content.options().size() ? content.options().get(index) : null;
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static BigDecimal rounded(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }
}
