package org.zhixing.quiz.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.quiz.control.AttemptNotFoundException;
import org.zhixing.quiz.control.AttemptRepository;
import org.zhixing.quiz.control.AttemptScoring;
import org.zhixing.quiz.control.BankRepository;
import org.zhixing.quiz.control.QuizAccess;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptNotGradableException;
import org.zhixing.quiz.entity.Question;

/**
 * The grading queue: short answers of submitted attempts at papers owned within the trainer's subtree, oldest first.
 * Grading the last one of an attempt decides it (score, pass, credit hours).
 */
@Stateless
public class Grading {

  @Inject AttemptRepository attempts;
  @Inject BankRepository banks;
  @Inject AttemptScoring scoring;
  @Inject QuizAccess access;

  public Page<PendingAnswer> pending(Caller caller, PageRequest page) {
    Page<AttemptRepository.Pending> found = attempts.pendingWithin(access.scopePath(caller), page);
    Map<Long, Question> questions = banks.byIds(
        found.items().stream().map(p -> p.attempt().items().get(p.position()).questionId()).distinct().toList());
    return found.map(p -> pending(p.attempt(), p.position(), questions));
  }

  public PendingAnswer grade(Caller caller, UUID attemptId, int position, BigDecimal score, String comment) {
    Attempt attempt = attempts.lock(attemptId)
        .filter(a -> access.mayManage(caller, a.paper()))
        .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    Map<Long, Question> questions = scoring.questionsOf(attempt);
    if (position < 0 || position >= attempt.items().size()
        || questions.get(attempt.items().get(position).questionId()).type().objective()) {
      throw new AttemptNotGradableException(attemptId, position);
    }
    scoring.grade(attempt, position, score, comment, caller.username(), Instant.now());
    return pending(attempt, position, questions);
  }

  private static PendingAnswer pending(Attempt attempt, int position, Map<Long, Question> questions) {
    long questionId = attempt.items().get(position).questionId();
    return new PendingAnswer(attempt, position, questionId, questions.get(questionId).content());
  }
}
