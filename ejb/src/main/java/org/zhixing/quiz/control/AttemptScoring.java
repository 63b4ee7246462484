package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.Question;

/**
 * Submitting and grading attempts, wherever it happens (the learner, the deadline sweep, a lazy check on access, a
 * trainer's grade), and the credit hours a pass earns, once.
 */
@ApplicationScoped
public class AttemptScoring {

  @Inject BankRepository banks;
  @Inject QuizCredits credits;
  @Inject Event<AttemptPassed> passed;

  /** Submits with the attempt's questions, which the caller has loaded anyway to answer with them. */
  public void submit(Attempt attempt, Map<Long, Question> questions, Instant now) {
    attempt.submit(questions, now);
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

  private void awardIfPassed(Attempt attempt, Instant now) {
    if (!Boolean.TRUE.equals(attempt.passed())) {
      return;
    }
    BigDecimal hours = attempt.paper().creditHours();
    if (hours.signum() > 0) {
      credits.award(attempt.learner(), attempt.paper().id(), hours, attempt.orgUnitCode(), now);
    }
    passed.fire(new AttemptPassed(attempt.learner(), attempt.orgUnitCode(), attempt.paper().id(),
        attempt.paper().courseId().orElse(null), attempt.paper().requiredForCompletion(), now, hours));
  }
}
