package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import org.zhixing.platform.persistence.IdLabels;

/** Session titles by id, for other features that list sessions they refer to (plans). */
@Stateless
public class SessionTitles {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Unknown ids are left out. */
  public Map<Long, String> of(Collection<Long> sessionIds) {
    return IdLabels.read(em, "select id, title from training_session where id in (:ids)", sessionIds);
  }
}
