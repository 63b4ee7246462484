package org.zhixing.quiz.control;

import org.zhixing.platform.problem.DomainException;

/** A rule of a drawn paper asks for more questions than its bank has matching (the bank changed, or the rule is wrong). */
public class NotEnoughQuestionsException extends DomainException {

  public NotEnoughQuestionsException(int rule, int wanted, int available) {
    super("quiz-not-enough-questions", 409, "Rule %d wants %d questions, %d match".formatted(rule, wanted, available),
        rule, wanted, available);
  }
}
