package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PeopleChanged;
import org.zhixing.org.boundary.UnitMoved;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.schedule.control.AudienceResolver.Audience;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Keeps the audiences of published sessions that still have occurrences ahead current when people change: after an
 * import (people added, moved, departed, given other posts) and after a unit moves in the tree (its people may now fall
 * inside or outside a rule's subtree). Runs in the transaction of the change, so both commit together; only sessions
 * whose rule's subtree overlaps the changed one, or that name people individually, are resolved again.
 */
@ApplicationScoped
public class AudienceFollower {

  private static final Logger LOG = Logger.getLogger(AudienceFollower.class.getName());

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject OrgDirectory org;
  @Inject AudienceResolver resolver;
  @Inject AudienceUpdate update;
  @Inject SessionRepository sessions;

  public void onPeopleChanged(@Observes PeopleChanged changed) {
    org.findUnitForSystem(changed.unitCode()).ifPresent(unit -> follow(List.of(unit.path())));
  }

  public void onUnitMoved(@Observes UnitMoved moved) {
    follow(List.of(moved.oldPath(), moved.newPath()));
  }

  /** Resolves again the audiences a change under any of {@code changedPaths} may have touched. */
  void follow(List<String> changedPaths) {
    em.flush();
    for (TrainingSession session : publishedWithOccurrencesAhead()) {
      if (mayBeTouched(session, changedPaths)) {
        Audience audience = resolver.resolveForSystem(session);
        AudienceUpdate.Change change = update.apply(session.id(), audience.people(), audience.addedIds());
        if (change.joined() + change.left() > 0) {
          LOG.info(() -> "Audience of session %d follows changed people: %d joined, %d left"
              .formatted(session.id(), change.joined(), change.left()));
        }
      }
    }
  }

  private boolean mayBeTouched(TrainingSession session, List<String> changedPaths) {
    if (session.audience() == null) {
      return !session.additions().isEmpty();
    }
    // a rule whose unit is gone (a test's, say) cannot be resolved again; that audience stays as it is
    return org.findUnitForSystem(session.audience().unitCode()).map(OrgUnit::path)
        .map(rulePath -> !session.additions().isEmpty()
            || changedPaths.stream().anyMatch(path -> path.startsWith(rulePath) || rulePath.startsWith(path)))
        .orElse(false);
  }

  @SuppressWarnings("unchecked")
  private List<TrainingSession> publishedWithOccurrencesAhead() {
    List<Number> ids = em.createNativeQuery("""
            select distinct s.id from training_session s join session_occurrence o on o.session_id = s.id
            where s.status = 'PUBLISHED' and not o.cancelled and o.starts_at > now()
            """)
        .getResultList();
    return sessions.byIds(ids.stream().map(Number::longValue).toList());
  }
}
