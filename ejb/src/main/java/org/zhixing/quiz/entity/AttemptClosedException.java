package org.zhixing.quiz.entity;

import java.time.Instant;
import java.util.UUID;
import org.zhixing.platform.problem.DomainException;

/** The attempt is closed: it was submitted, or its time ran out at the deadline the server set when it started. */
public class AttemptClosedException extends DomainException {

  public AttemptClosedException(UUID id, Instant deadline) {
    super("quiz-attempt-closed", 409, "Attempt %s closed at %s".formatted(id, deadline), deadline, id);
  }
}
