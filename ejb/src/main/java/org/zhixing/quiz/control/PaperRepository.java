package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.quiz.entity.Paper;

/** Loads and stores papers. */
@ApplicationScoped
public class PaperRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void add(Paper paper) {
    em.persist(paper);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Paper> find(long id) {
    return Optional.ofNullable(em.find(Paper.class, id));
  }

  /** Papers owned within the subtree at {@code scopePath}, newest first. */
  public Page<Paper> ownedWithin(String scopePath, PageRequest page) {
    String where = " from Paper p where p.ownerUnitPath like :prefix";
    return page(where, page, query -> query.setParameter("prefix", scopePath + "%"));
  }

  /** Published papers offered to any of these units that have not closed, newest first. */
  public Page<Paper> offeredTo(Collection<String> unitCodes, Instant now, PageRequest page) {
    if (unitCodes.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    String where = " from Paper p where p.publishedAt is not null and p.audienceUnitCode in :codes"
        + " and (p.closesAt is null or p.closesAt > :now)";
    return page(where, page, query -> query.setParameter("codes", unitCodes).setParameter("now", now));
  }

  private Page<Paper> page(String where, PageRequest page, Consumer<TypedQuery<?>> parameters) {
    var papers = em.createQuery("select p" + where + " order by p.createdAt desc, p.id desc", Paper.class);
    var total = em.createQuery("select count(p)" + where, Long.class);
    parameters.accept(papers);
    parameters.accept(total);
    return Page.of(papers.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
        total.getSingleResult());
  }
}
