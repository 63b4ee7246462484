package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Credit hours (学时) for passing a paper: the paper's own figure, which defaults to the configured rule
 * {@code zhixing.quiz.credit-hours-per-pass} (0.5). The primary key (learner, paper) awards them once, whatever races
 * and however many attempts passed.
 */
@ApplicationScoped
public class QuizCredits {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** The credit hours a new paper gets unless its author says otherwise. */
  public static BigDecimal defaultPerPass() {
    return new BigDecimal(System.getProperty("zhixing.quiz.credit-hours-per-pass", "0.5"));
  }

  /** Awards the hours; false when this learner was awarded them for this paper before. */
  public boolean award(String learner, long paperId, BigDecimal hours, String orgUnitCode, Instant now) {
    return em.createNativeQuery("""
            insert into quiz_credit_award (learner, paper_id, credit_hours, org_unit_code, awarded_at)
            values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
        .setParameter(1, learner)
        .setParameter(2, paperId)
        .setParameter(3, hours)
        .setParameter(4, orgUnitCode)
        .setParameter(5, now)
        .executeUpdate() == 1;
  }

  public Optional<BigDecimal> of(String learner, long paperId) {
    return em.createNativeQuery("select credit_hours from quiz_credit_award where learner = ?1 and paper_id = ?2",
            BigDecimal.class)
        .setParameter(1, learner)
        .setParameter(2, paperId)
        .getResultStream()
        .findFirst();
  }
}
