package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
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

  /**
   * Published papers offered to a learner that have not closed, newest first, in one query: those attached to one of
   * their sessions, and the others offered to one of their units whose post and village rule they meet.
   */
  public Page<Paper> offeredTo(QuizAccess.OfferedTo learner, Instant now, PageRequest page) {
    String where = """
        \sfrom Paper p where p.publishedAt is not null and (p.closesAt is null or p.closesAt > :now)
         and (p.sessionId in :sessions
              or (p.sessionId is null and p.audienceUnitCode in :codes
                  and (p.audienceWeakOnly = false or :weak = true)
                  and (p.audiencePositions is empty
                       or exists (select 1 from Paper x join x.audiencePositions held where x = p and held in :positions))))""";
    // an empty list would make "in ()": a value nothing has stands for none
    List<Long> sessions = learner.sessionIds().isEmpty() ? List.of(-1L) : learner.sessionIds();
    List<String> codes = learner.unitCodes().isEmpty() ? List.of("") : learner.unitCodes();
    List<String> positions = learner.standing().positions().isEmpty() ? List.of("") : List.copyOf(learner.standing().positions());
    return page(where, page, query -> query.setParameter("now", now)
        .setParameter("sessions", sessions)
        .setParameter("codes", codes)
        .setParameter("weak", learner.standing().inWeakAndLaxVillage())
        .setParameter("positions", positions));
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
