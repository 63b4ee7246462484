package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.OccurrenceStore;
import org.zhixing.schedule.control.ReminderStore;
import org.zhixing.schedule.control.ReminderSweep;
import org.zhixing.schedule.control.ReminderSweep.Swept;
import org.zhixing.schedule.control.SessionAccess;
import org.zhixing.schedule.control.SessionNotFoundException;
import org.zhixing.schedule.control.SessionRepository;
import org.zhixing.schedule.entity.OccurrenceNotFoundException;

/**
 * Session reminders: the sweep the timer runs every minute (also on demand, for operators and tests), and what an
 * occurrence's audience has been sent so far, for its organizers.
 */
@Stateless
public class Reminders {

  @Inject ReminderSweep sweep;
  @Inject ReminderStore store;
  @Inject SessionRepository sessions;
  @Inject SessionAccess access;
  @Inject OccurrenceStore occurrences;

  /** Sends the reminders due now, as the timer does. */
  public Swept sweepNow() {
    return sweep.sweep(Instant.now());
  }

  /** How many people each lead's reminder reached, by channel, for the occurrence at its current times. */
  public Map<Duration, Map<String, Long>> sent(Caller caller, long sessionId, long occurrenceId) {
    sessions.find(sessionId).filter(session -> access.mayManage(caller, session))
        .orElseThrow(() -> new SessionNotFoundException(sessionId));
    occurrences.find(occurrenceId).filter(occurrence -> occurrence.sessionId() == sessionId)
        .orElseThrow(() -> new OccurrenceNotFoundException(sessionId, occurrenceId));
    return sweep.sent(store.occurrence(occurrenceId).orElseThrow());
  }
}
