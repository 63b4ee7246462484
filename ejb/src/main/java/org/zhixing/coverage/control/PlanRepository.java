package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/** Loads and stores training plans. */
@ApplicationScoped
public class PlanRepository {

  private static final String CONCERNING = """
      from TrainingPlan p where p.audiencePath like :prefix or :scope like concat(p.audiencePath, '%')
      """;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(TrainingPlan plan) {
    em.persist(plan);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public void remove(TrainingPlan plan) {
    em.remove(plan);
  }

  /** Whether any plan exists, drafts included. */
  public boolean anyExists() {
    return !em.createQuery("select p.id from TrainingPlan p", Long.class).setMaxResults(1).getResultList().isEmpty();
  }

  public Optional<TrainingPlan> find(long id) {
    return Optional.ofNullable(em.find(TrainingPlan.class, id));
  }

  /** The plans inside a subtree or covering it, latest start first. */
  public Page<TrainingPlan> concerning(String scopePath, PageRequest page) {
    List<TrainingPlan> items = em.createQuery("select p " + CONCERNING + " order by p.startsOn desc, p.id desc", TrainingPlan.class)
        .setParameter("prefix", scopePath + "%")
        .setParameter("scope", scopePath)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    long total = em.createQuery("select count(p) " + CONCERNING, Long.class)
        .setParameter("prefix", scopePath + "%")
        .setParameter("scope", scopePath)
        .getSingleResult();
    return Page.of(items.stream().map(PlanRepository::withItems).toList(), page, total);
  }

  public List<TrainingPlan> byIds(List<Long> ids) {
    return ids.isEmpty() ? List.of()
        : em.createQuery("select p from TrainingPlan p where p.id in :ids", TrainingPlan.class).setParameter("ids", ids).getResultList();
  }

  /** Published plans whose audience overlaps the subtree with this path and whose period has not ended. */
  public List<TrainingPlan> runningOverlapping(String path, LocalDate today) {
    return em.createQuery("""
            select p from TrainingPlan p
            where p.status = org.zhixing.coverage.entity.PlanStatus.PUBLISHED and p.endsOn >= :today
              and (p.audiencePath like :prefix or :path like concat(p.audiencePath, '%'))
            """, TrainingPlan.class)
        .setParameter("today", today)
        .setParameter("prefix", path + "%")
        .setParameter("path", path)
        .getResultList();
  }

  /** The plan with its items loaded, for views read after the transaction. */
  public static TrainingPlan withItems(TrainingPlan plan) {
    plan.items();
    return plan;
  }
}
