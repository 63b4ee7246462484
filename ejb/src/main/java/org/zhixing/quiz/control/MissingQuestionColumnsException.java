package org.zhixing.quiz.control;

import java.util.List;
import org.zhixing.platform.problem.DomainException;

/** The sheet's header row lacks columns without which no question can be read. */
public class MissingQuestionColumnsException extends DomainException {

  public MissingQuestionColumnsException(List<String> headers) {
    super("quiz-sheet-missing-columns", 422, "Missing columns " + headers, String.join("、", headers));
  }
}
