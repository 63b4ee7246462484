package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.quiz.entity.Attempt;
import org.zhixing.quiz.entity.AttemptStatus;

/** Loads and stores attempts; the partial unique index keeps one open attempt per learner and paper. */
@ApplicationScoped
public class AttemptRepository {

  /** A short answer waiting for a trainer: its attempt and its 0-based position. */
  public record Pending(Attempt attempt, int position) {}

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(Attempt attempt) {
    em.persist(attempt);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Attempt> find(UUID id) {
    return Optional.ofNullable(em.find(Attempt.class, id));
  }

  /**
   * The attempt, row-locked until the transaction ends, so that a save, a submit and the sweep take turns. The row is
   * locked before the attempt is read: locking what was read (Hibernate locks after the fetch join of the items) would
   * fail on a version another transaction committed in between instead of waiting for it. Call it first in the
   * transaction, before the attempt is loaded otherwise.
   */
  public Optional<Attempt> lock(UUID id) {
    boolean exists = !em.createNativeQuery("select 1 from quiz_attempt where id = ?1 for update")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
    return exists ? Optional.of(em.find(Attempt.class, id)) : Optional.empty();
  }

  /**
   * Holds, until the transaction ends, a lock on "this learner starting this paper": a second start waits, then sees
   * the attempt the first one opened instead of failing on the unique index.
   */
  public void serializeStart(String learner, long paperId) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, ?2))")
        .setParameter(1, "quiz:" + learner)
        .setParameter(2, paperId)
        .getSingleResult();
  }

  /** The learner's attempts at the paper, first first. */
  public List<Attempt> of(String learner, long paperId) {
    return em.createQuery("select a from Attempt a where a.learner = :learner and a.paper.id = :paper order by a.number",
            Attempt.class)
        .setParameter("learner", learner)
        .setParameter("paper", paperId)
        .getResultList();
  }

  /** Every attempt at the paper, most recently started first. */
  public List<Attempt> at(long paperId) {
    return em.createQuery("select a from Attempt a where a.paper.id = :paper order by a.startedAt desc", Attempt.class)
        .setParameter("paper", paperId)
        .getResultList();
  }

  /** Open attempts whose deadline has passed, the longest overdue first. */
  public List<UUID> overdue(Instant now, int limit) {
    return em.createQuery(
            "select a.id from Attempt a where a.submittedAt is null and a.deadline <= :now order by a.deadline", UUID.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Ungraded answers of submitted attempts at papers owned within the subtree at {@code scopePath}, oldest first. */
  public Page<Pending> pendingWithin(String scopePath, PageRequest page) {
    String where = " from Attempt a join a.items i where a.status = :status and i.score is null"
        + " and a.paper.ownerUnitPath like :prefix";
    List<Object[]> rows = em.createQuery("select a, index(i)" + where + " order by a.submittedAt, a.id, index(i)", Object[].class)
        .setParameter("status", AttemptStatus.AWAITING_GRADING)
        .setParameter("prefix", scopePath + "%")
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    long total = em.createQuery("select count(i)" + where, Long.class)
        .setParameter("status", AttemptStatus.AWAITING_GRADING)
        .setParameter("prefix", scopePath + "%")
        .getSingleResult();
    return Page.of(rows.stream().map(row -> new Pending((Attempt) row[0], (Integer) row[1])).toList(), page, total);
  }
}
