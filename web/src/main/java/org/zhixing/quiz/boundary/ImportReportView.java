package org.zhixing.quiz.boundary;

import java.util.List;
import java.util.Locale;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.quiz.control.QuestionRowProblem;

/**
 * What a question sheet did: {@code committed} with the number of questions added, or nothing added and the problems
 * row by row (the first {@value #SHOWN} of {@code problemCount}), in the reader's language.
 */
public record ImportReportView(
    String fileName, int rows, int imported, boolean committed, int problemCount, List<Problem> problems) {

  static final int SHOWN = 200;

  /** One problem: the sheet's row number, the column's header, its code and what is wrong. */
  public record Problem(int row, String column, String code, String message) {}

  static ImportReportView of(ImportReport report, Locale locale) {
    return new ImportReportView(report.fileName(), report.rows(), report.imported(), report.problems().isEmpty(),
        report.problems().size(), report.problems().stream().limit(SHOWN).map(p -> problem(p, locale)).toList());
  }

  private static Problem problem(QuestionRowProblem problem, Locale locale) {
    String column = problem.column() == null ? "" : problem.column().header();
    String message = ProblemMessages.detail("quiz-row-" + problem.code(), locale, List.of(column, problem.value()));
    return new Problem(problem.row(), column, problem.code(), message);
  }
}
