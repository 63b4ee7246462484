package org.zhixing.quiz.boundary;

import java.util.List;
import org.zhixing.quiz.control.QuestionRowProblem;

/** What a question sheet did: every problem row by row, or (when there were none) how many questions it added. */
public record ImportReport(String fileName, int rows, int imported, List<QuestionRowProblem> problems) {

  public ImportReport {
    problems = List.copyOf(problems);
  }
}
