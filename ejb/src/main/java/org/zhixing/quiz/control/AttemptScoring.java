package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionContent;

/**
 * Submitting and grading attempts, wherever it happens (the learner, the deadline sweep, a lazy check on access, a
 * trainer's grade), and the credit hours a pass earns, once.
 */
@ApplicationScoped
public class AttemptScoring {

  @Inject BankRepository banks;
  @Inject QuizCredits credits;

  public void submit(Attempt attempt, Instant now) {
    attempt.submit(questionsOf(attempt), now);
    awardIfPassed(attempt, now);
  }

  /** Submits an attempt whose time ran out, as it stands, at its deadline; false if it was not overdue. */
  public boolean submitIfOverdue(Attempt attempt, Instant now) {
    if (!attempt.isOverdueAt(now)) {
      return false;
    }
    attempt.submitAtDeadline(questionsOf(attempt));
    awardIfPassed(attempt, now);
    return true;
  }

  public void grade(Attempt attempt, int position, BigDecimal score, String comment, String grader, Instant now) {
    attempt.grade(position, score, comment, grader, now);
    awardIfPassed(attempt, now);
  }

  public Map<Long, Question> questionsOf(Attempt attempt) {
    return banks.byIds(attempt.items().stream().map(AttemptItem::questionId).toList());
  }

  /** The content of the attempt's questions, read now, for a view built after the transaction. */
  public Map<Long, QuestionContent> contentsOf(Attempt attempt) {
    return questionsOf(attempt).values().stream().collect(Collectors.toMap(Question::id, Question::content));
  }

  private void awardIfPassed(Attempt attempt, Instant now) {
    BigDecimal hours = attempt.paper().creditHours();
    if (Boolean.TRUE.equals(attempt.passed()) && hours.signum() > 0) {
      credits.award(attempt.learner(), attempt.paper().id(), hours, attempt.orgUnitCode(), now);
    }
  }
}
