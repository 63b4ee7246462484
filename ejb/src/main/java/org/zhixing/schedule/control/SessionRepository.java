package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.schedule.entity.TrainingSession;

/** Loads and stores training sessions. */
@ApplicationScoped
public class SessionRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(TrainingSession session) {
    em.persist(session);
  }

  public void flush() {
    em.flush();
  }

  public Optional<TrainingSession> find(long id) {
    return Optional.ofNullable(em.find(TrainingSession.class, id));
  }

  /** The sessions organized anywhere in a subtree, by start, latest first. */
  public Page<TrainingSession> organizedWithin(String scopePath, PageRequest page) {
    List<TrainingSession> items = em.createQuery("""
            select s from TrainingSession s
            where s.organizerPath like :prefix
            order by s.startsAt desc, s.id desc
            """, TrainingSession.class)
        .setParameter("prefix", scopePath + "%")
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    long total = em.createQuery("select count(s) from TrainingSession s where s.organizerPath like :prefix", Long.class)
        .setParameter("prefix", scopePath + "%")
        .getSingleResult();
    return Page.of(items, page, total);
  }

  /**
   * The session with its trainers, links and additions loaded, for callers that read it after the transaction (views).
   * With the batch fetch size set, touching one session's sets loads those of the others in the same context too.
   */
  public TrainingSession withCollections(TrainingSession session) {
    session.trainers();
    session.courseIds();
    session.policyIds();
    session.additions();
    return session;
  }

  public List<TrainingSession> byIds(List<Long> ids) {
    return ids.isEmpty() ? List.of() : em.createQuery("select s from TrainingSession s where s.id in :ids", TrainingSession.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
