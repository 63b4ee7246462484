package org.zhixing.quiz.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhixing.quiz.control.PaperStatistics;
import org.zhixing.quiz.control.QuestionTally;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.QuestionContent;

/**
 * What a paper's graded attempts tell its trainers: overall figures and the score histogram, the same per unit one
 * level below the reader, each question's item analysis with its most chosen wrong option, and the weakest tags.
 */
public record PaperAnalysis(
    Paper paper,
    PaperStatistics.Summary summary,
    List<Long> histogram,
    List<UnitResult> units,
    List<QuestionTally> questions,
    Map<Long, QuestionContent> contents,
    Map<Long, PaperStatistics.WrongOption> wrongOptions,
    List<PaperStatistics.TagTally> weakestTags) {

  /** Graded attempts of the learners in one unit's subtree. */
  public record UnitResult(String code, String name, long graded, long passed, BigDecimal scoreSum) {}

  public PaperAnalysis {
    histogram = List.copyOf(histogram);
    units = List.copyOf(units);
    questions = List.copyOf(questions);
    contents = Map.copyOf(contents);
    wrongOptions = Map.copyOf(wrongOptions);
    weakestTags = List.copyOf(weakestTags);
  }
}
