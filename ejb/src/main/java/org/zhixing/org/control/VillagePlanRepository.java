package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.VillagePlan;

/** The creation plans of villages, one per village and year. */
@ApplicationScoped
public class VillagePlanRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public Optional<VillagePlan> find(OrgUnit village, int year) {
    return em.createQuery("select p from VillagePlan p where p.unit = :unit and p.year = :year", VillagePlan.class)
        .setParameter("unit", village)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  /** The years the village has a plan for, latest first. */
  public List<Integer> years(OrgUnit village) {
    return em.createQuery("select p.year from VillagePlan p where p.unit = :unit order by p.year desc", Integer.class)
        .setParameter("unit", village)
        .getResultList();
  }

  /** Stores a new plan or the changes of a loaded one, flushed so that its version is the one now stored. */
  public void save(VillagePlan plan) {
    if (plan.id() == null) {
      em.persist(plan);
    }
    em.flush();
  }
}
