package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.entity.OccurrenceNotFoundException;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * One occurrence of a session the caller manages ({@link SessionAccess}): what the QR screen, the live numbers, the
 * roster and corrections work on. A session outside the caller's subtree is not found, nor an occurrence of another.
 */
@ApplicationScoped
public class OccurrenceAccess {

  @Inject SessionRepository sessions;
  @Inject SessionAccess access;
  @Inject OccurrenceStore occurrences;

  public SessionOccurrence managed(Caller caller, long sessionId, long occurrenceId) {
    TrainingSession session = session(caller, sessionId);
    StoredOccurrence occurrence = occurrences.find(occurrenceId).filter(found -> found.sessionId() == sessionId)
        .orElseThrow(() -> new OccurrenceNotFoundException(sessionId, occurrenceId));
    return new SessionOccurrence(session, occurrence);
  }

  public TrainingSession session(Caller caller, long sessionId) {
    return sessions.find(sessionId).filter(found -> access.mayManage(caller, found))
        .orElseThrow(() -> new SessionNotFoundException(sessionId));
  }
}
