package org.zhixing.quiz.entity;

import java.util.UUID;
import org.zhixing.platform.problem.DomainException;

/** The attempt has no question at this position. */
public class AttemptItemNotFoundException extends DomainException {

  public AttemptItemNotFoundException(UUID id, int position) {
    super("quiz-attempt-item-not-found", 404, "Attempt %s has no item %d".formatted(id, position), position + 1);
  }
}
