package org.zhixing.quiz.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhixing.platform.persistence.IdLabels;
import org.zhixing.quiz.control.LearnerResults;

/**
 * What other features may ask quiz about a learner's tests: tracking whether a course's required test was passed
 * before it completes the course, the learning record which tests were taken. A course may have several required
 * papers (a make-up exam, a new paper for a new season): passing any one of them counts. Callers are trusted
 * features, not users: they decide who may see the answers.
 */
@Stateless
public class QuizResults {

  @Inject LearnerResults results;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Paper titles by id, for features that list papers they refer to (plans); unknown ids are left out. */
  public Map<Long, String> paperTitles(Collection<Long> paperIds) {
    return IdLabels.read(em, "select id, title from quiz_paper where id in (:ids)", paperIds);
  }

  public Optional<RequiredTest> requiredTestFor(long courseId) {
    return results.requiredFor(courseId).stream().findFirst().map(p -> new RequiredTest(p.paperId(), p.title()));
  }

  /** Whether the learner passed a published paper that the course requires for completion. */
  public boolean passed(String learner, long courseId) {
    return results.passedRequiredTest(learner, courseId);
  }

  /** The papers the learner submitted attempts at in [from, to), oldest last submission first. */
  public List<TestResult> taken(String learner, Instant from, Instant to) {
    return results.submittedBetween(learner, from, to).stream()
        .map(r -> new TestResult(r.paperId(), r.title(), r.courseId(), r.attempts(), r.bestScore(), r.passed(),
            r.lastSubmittedAt(), r.creditHours()))
        .toList();
  }
}
