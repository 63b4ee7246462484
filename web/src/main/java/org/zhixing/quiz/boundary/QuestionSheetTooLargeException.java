package org.zhixing.quiz.boundary;

import org.zhixing.platform.problem.DomainException;

/** An uploaded question sheet larger than any bank's. */
public class QuestionSheetTooLargeException extends DomainException {

  public QuestionSheetTooLargeException(long maxBytes) {
    super("quiz-sheet-too-large", 413, "Question sheet over %d bytes".formatted(maxBytes), maxBytes / (1024 * 1024));
  }
}
