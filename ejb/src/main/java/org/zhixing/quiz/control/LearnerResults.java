package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a learner achieved at tests: whether a course's required test was passed, and the papers taken in a period
 * with their best result and credit hours. JPQL, so that an attempt graded earlier in the same transaction is seen.
 */
@ApplicationScoped
public class LearnerResults {

  /** A paper a course requires for completion. */
  public record RequiredPaper(long paperId, String title) {}

  /** A paper the learner submitted attempts at in a period. */
  public record PaperResult(long paperId, String title, Long courseId, int attempts, BigDecimal bestScore,
      boolean passed, Instant lastSubmittedAt, BigDecimal creditHours) {}

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** The course's published papers required for completion, oldest first; any one of them passed will do. */
  public List<RequiredPaper> requiredFor(long courseId) {
    return em.createQuery("""
            select new org.zhixing.quiz.control.LearnerResults$RequiredPaper(p.id, p.title) from Paper p
            where p.courseId = :course and p.requiredForCompletion = true and p.publishedAt is not null
            order by p.id""", RequiredPaper.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public boolean passedRequiredTest(String learner, long courseId) {
    return !em.createQuery("""
            select a.id from Attempt a
            where a.learner = :learner and a.passed = true and a.paper.courseId = :course
              and a.paper.requiredForCompletion = true and a.paper.publishedAt is not null""")
        .setParameter("learner", learner)
        .setParameter("course", courseId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Papers with a submitted attempt in [from, to), by the time of the last submission. */
  public List<PaperResult> submittedBetween(String learner, Instant from, Instant to) {
    List<Object[]> rows = em.createQuery("""
            select a.paper.id, a.paper.title, a.paper.courseId, count(a), max(a.score),
                   max(case when a.passed = true then 1 else 0 end), max(a.submittedAt)
            from Attempt a
            where a.learner = :learner and a.submittedAt >= :from and a.submittedAt < :to
            group by a.paper.id, a.paper.title, a.paper.courseId
            order by max(a.submittedAt)""", Object[].class)
        .setParameter("learner", learner)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
    return rows.stream().map(r -> new PaperResult((Long) r[0], (String) r[1], (Long) r[2], ((Number) r[3]).intValue(),
        (BigDecimal) r[4], ((Number) r[5]).intValue() == 1, (Instant) r[6], creditHours(learner, (Long) r[0]))).toList();
  }

  private BigDecimal creditHours(String learner, long paperId) {
    List<?> hours = em.createNativeQuery(
            "select credit_hours from quiz_credit_award where learner = ?1 and paper_id = ?2", BigDecimal.class)
        .setParameter(1, learner)
        .setParameter(2, paperId)
        .getResultList();
    return hours.isEmpty() ? BigDecimal.ZERO : (BigDecimal) hours.get(0);
  }
}
