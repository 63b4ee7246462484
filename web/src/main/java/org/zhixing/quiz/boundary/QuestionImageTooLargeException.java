package org.zhixing.quiz.boundary;

import org.zhixing.platform.problem.DomainException;

/** A question's picture larger than a question needs. */
public class QuestionImageTooLargeException extends DomainException {

  public QuestionImageTooLargeException(long maxBytes) {
    super("quiz-image-too-large", 413, "Question picture over %d bytes".formatted(maxBytes), maxBytes / (1024 * 1024));
  }
}
