package org.zhixing.quiz.entity;

import org.zhixing.platform.problem.DomainException;

/**
 * A paper that cannot be saved as defined: {@code fixed-or-drawn} (questions or rules, exactly one of them), {@code
 * window} (closes before it opens), {@code question} (a question the caller may not use), {@code bank} (a rule draws
 * from a bank the caller may not use), {@code rule} (a rule asks for more questions than its bank has),
 * {@code positions} (an audience post the org tree does not know).
 */
public class InvalidPaperException extends DomainException {

  public InvalidPaperException(String reason) {
    super("invalid-quiz-paper", 422, "Invalid paper: " + reason, reason);
  }
}
