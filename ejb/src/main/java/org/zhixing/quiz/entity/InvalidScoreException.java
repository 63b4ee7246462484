package org.zhixing.quiz.entity;

import java.math.BigDecimal;
import org.zhixing.platform.problem.DomainException;

/** A grade must lie between zero and the points the question is worth. */
public class InvalidScoreException extends DomainException {

  public InvalidScoreException(BigDecimal score, BigDecimal points) {
    super("quiz-invalid-score", 422, "Score %s outside 0..%s".formatted(score, points), score, points);
  }
}
