package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.zhixing.schedule.entity.OccurrenceNotFoundException;
import org.zhixing.schedule.entity.SessionStatus;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Occurrences open for scanning: of a published session, not cancelled, from 30 minutes before the start to 30 minutes
 * after the end ({@link AttendanceRules}). Learners signing in and sites checking in scan the same codes.
 */
@ApplicationScoped
public class OpenOccurrences {

  @Inject SessionRepository sessions;
  @Inject OccurrenceStore occurrences;

  private final AttendanceRules rules = AttendanceRules.fromSystemProperties();

  public AttendanceRules rules() {
    return rules;
  }

  /** The session and occurrence a genuine code names, if it is open now; else {@code occurrence-not-open}. */
  public SessionOccurrence scanned(SignInCodes.Scan scan) {
    StoredOccurrence occurrence =
        occurrences.find(scan.occurrenceId()).orElseThrow(() -> new OccurrenceNotFoundException("?", scan.occurrenceId()));
    TrainingSession session = sessions.find(occurrence.sessionId()).orElseThrow();
    requireOpen(session, occurrence);
    return new SessionOccurrence(session, occurrence);
  }

  public void requireOpen(TrainingSession session, StoredOccurrence occurrence) {
    if (session.status() != SessionStatus.PUBLISHED || !rules.isOpen(occurrence, Instant.now())) {
      throw new OccurrenceNotOpenException(occurrence.id());
    }
  }
}
