package org.zhixing.quiz.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.platform.security.Caller;
import org.zhixing.quiz.control.AttemptNotFoundException;
import org.zhixing.quiz.control.AttemptRepository;
import org.zhixing.quiz.control.AttemptScoring;
import org.zhixing.quiz.control.BankRepository;
import org.zhixing.quiz.control.NoAttemptsLeftException;
import org.zhixing.quiz.control.PaperDraw;
import org.zhixing.quiz.control.PaperNotFoundException;
import org.zhixing.quiz.control.PaperNotOpenException;
import org.zhixing.quiz.control.PaperRepository;
import org.zhixing.quiz.control.QuizAccess;
import org.zhixing.quiz.control.QuizCredits;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptItem;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.Question;
import org.zhixing.quiz.entity.QuestionContent;

/**
 * Taking a paper against the server's clock. Starting opens one attempt per learner and paper (a second start, even
 * a concurrent one, resumes it); answers are saved one question at a time until the deadline; a submission after it
 * is refused. Whoever touches an attempt whose time ran out first submits it as it stands, at its deadline — the
 * learner coming back, or the {@link org.zhixing.quiz.control.DeadlineSweep sweep}. That submission is kept even when
 * the request that found it is refused, since it commits before the refusal is raised (outside this bean).
 */
@Stateless
public class Attempts {

  /** A saved answer, or the refusal of one because the attempt had closed. */
  public record Saved(boolean refused, Instant savedAt, Instant deadline) {}

  /** A submitted attempt, or the refusal of a late submission (the attempt was submitted at its deadline instead). */
  public record Submitted(AttemptSheet sheet, boolean refused) {}

  @Inject PaperRepository papers;
  @Inject AttemptRepository attempts;
  @Inject BankRepository banks;
  @Inject AttemptScoring scoring;
  @Inject QuizAccess access;
  @Inject QuizCredits credits;
  @Inject AssetCatalog assets;

  public AttemptSheet start(Caller caller, long paperId) {
    Paper paper = papers.find(paperId).filter(p -> access.mayTake(caller, p)).orElseThrow(() -> new PaperNotFoundException(paperId));
    Instant now = Instant.now();
    attempts.serializeStart(caller.username(), paperId);
    List<Attempt> mine = attempts.of(caller.username(), paperId);
    mine.forEach(attempt -> scoring.submitIfOverdue(attempt, now));
    Optional<Attempt> open = mine.stream().filter(Attempt::isOpen).findFirst();
    if (open.isPresent()) {
      return sheet(open.get(), now);
    }
    if (!paper.isOpenAt(now)) {
      throw new PaperNotOpenException(paperId);
    }
    if (mine.size() >= paper.maxAttempts()) {
      throw new NoAttemptsLeftException(paperId, paper.maxAttempts());
    }
    long seed = ThreadLocalRandom.current().nextLong();
    var attempt = new Attempt(paper, caller.username(), caller.orgUnitCode().orElse(null), mine.size() + 1, seed, now,
        itemsOf(paper, seed));
    attempts.add(attempt);
    return sheet(attempt, now);
  }

  /** The caller's attempt; one whose time ran out is submitted first. */
  public AttemptSheet read(Caller caller, UUID attemptId) {
    Attempt attempt = lockOwn(caller, attemptId);
    Instant now = Instant.now();
    scoring.submitIfOverdue(attempt, now);
    return sheet(attempt, now);
  }

  /** Saves the answer to the question at {@code position} (0-based). */
  public Saved save(Caller caller, UUID attemptId, int position, List<String> response) {
    Attempt attempt = lockOwn(caller, attemptId);
    Instant now = Instant.now();
    if (scoring.submitIfOverdue(attempt, now)) {
      return new Saved(true, null, attempt.deadline());
    }
    attempt.answer(position, response, now);
    return new Saved(false, now, attempt.deadline());
  }

  /** Saves the last answers (by 0-based position), if any, and submits. */
  public Submitted submit(Caller caller, UUID attemptId, Map<Integer, List<String>> lastAnswers) {
    Attempt attempt = lockOwn(caller, attemptId);
    Instant now = Instant.now();
    if (scoring.submitIfOverdue(attempt, now)) {
      return new Submitted(sheet(attempt, now), true);
    }
    lastAnswers.forEach((position, response) -> attempt.answer(position, response, now));
    Map<Long, Question> questions = scoring.questionsOf(attempt);
    scoring.submit(attempt, questions, now);
    return new Submitted(sheet(attempt, questions, now), false);
  }

  private List<AttemptItem> itemsOf(Paper paper, long seed) {
    if (paper.drawn()) {
      return PaperDraw.draw(paper.rules(), banks.candidates(paper.rules()), new Random(seed));
    }
    return paper.questions().stream().map(q -> new AttemptItem(q.questionId(), q.points())).toList();
  }

  private Attempt lockOwn(Caller caller, UUID attemptId) {
    return attempts.lock(attemptId)
        .filter(attempt -> attempt.learner().equals(caller.username()))
        .orElseThrow(() -> new AttemptNotFoundException(attemptId));
  }

  private AttemptSheet sheet(Attempt attempt, Instant now) {
    return sheet(attempt, scoring.questionsOf(attempt), now);
  }

  /** The attempt as its learner may see it, with the content of its questions read while the transaction is open. */
  private AttemptSheet sheet(Attempt attempt, Map<Long, Question> questions, Instant now) {
    Map<Long, QuestionContent> contents =
        questions.values().stream().collect(Collectors.toMap(Question::id, Question::content));
    BigDecimal credit = Boolean.TRUE.equals(attempt.passed())
        ? credits.of(attempt.learner(), attempt.paper().id()).orElse(null)
        : null;
    Map<Long, String> images = questions.values().stream().filter(q -> q.imageAssetId().isPresent())
        .collect(Collectors.toMap(Question::id, q -> assets.linkFor(q.imageAssetId().get(), attempt.learner()).path()));
    return new AttemptSheet(attempt, contents, now, credit, images);
  }
}
