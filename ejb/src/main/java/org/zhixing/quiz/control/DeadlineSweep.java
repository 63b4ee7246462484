package org.zhixing.quiz.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits attempts whose time ran out while nobody was looking (the learner closed the browser). Every access to an
 * attempt does the same lazily, so the sweep's interval only bounds how stale the trainers' lists may be. Each attempt
 * is closed in its own transaction, so that one failure does not hold back the others.
 */
@Stateless
public class DeadlineSweep {

  private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());
  private static final int BATCH = 500;

  @Inject AttemptRepository attempts;
  @Inject AttemptScoring scoring;
  @Resource SessionContext context;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    DeadlineSweep self = context.getBusinessObject(DeadlineSweep.class);
    for (UUID id : self.overdue()) {
      try {
        self.close(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Submitting overdue attempt " + id + " failed; the next sweep tries again", e);
      }
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> overdue() {
    return attempts.overdue(Instant.now(), BATCH);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void close(UUID id) {
    attempts.lock(id).ifPresent(attempt -> scoring.submitIfOverdue(attempt, Instant.now()));
  }
}
