package org.zhixing.schedule.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.notify.boundary.Notifications;

/**
 * Reminds audiences before their sessions: every minute, the occurrences starting within the longest lead get the
 * reminder their distance calls for ({@link ReminderLeads}), through {@link Notifications}, whose sent log makes a
 * second sweep, a restart or a second node send nothing twice. Each occurrence is its own transaction, so one failure
 * holds back no other; the next sweep retries it.
 */
@Stateless
public class ReminderSweep {

  private static final Logger LOG = Logger.getLogger(ReminderSweep.class.getName());

  @Inject ReminderStore store;
  @Inject Notifications notifications;
  @Resource SessionContext context;

  private final ReminderLeads leads = ReminderLeads.fromSystemProperties();

  /** What one sweep did: occurrences looked at, and people reached now, by channel. */
  public record Swept(int occurrences, Map<String, Integer> reached) {}

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onTimer() {
    try {
      sweep(Instant.now());
    } catch (RuntimeException e) {
      // e.g. the first tick while the schema is still being migrated at deploy; the next minute tries again
      LOG.warning(() -> "Reminder sweep failed, trying again in a minute: " + e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Swept sweep(Instant now) {
    ReminderSweep self = context.getBusinessObject(ReminderSweep.class);
    List<DueOccurrence> due = store.startingBetween(now, now.plus(leads.longest()));
    Map<String, Integer> reached = new TreeMap<>();
    for (DueOccurrence occurrence : due) {
      leads.leadFor(Duration.between(now, occurrence.start())).ifPresent(lead -> {
        try {
          self.remind(occurrence, lead).forEach((channel, count) -> reached.merge(channel, count, Integer::sum));
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Reminding occurrence " + occurrence.id() + " failed; the next sweep tries again", e);
        }
      });
    }
    return new Swept(due.size(), reached);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Map<String, Integer> remind(DueOccurrence occurrence, Duration lead) {
    return notifications.send(SessionReminders.notice(occurrence, lead), store.recipients(occurrence.sessionId()));
  }

  /** The reminders an occurrence's audience got so far (for its times now), by lead and then by channel. */
  public Map<Duration, Map<String, Long>> sent(DueOccurrence occurrence) {
    Map<Duration, Map<String, Long>> sent = new TreeMap<>();
    leads.ascending().forEach(lead ->
        sent.put(lead, notifications.delivered(SessionReminders.topic(occurrence.id(), lead, occurrence.start()))));
    return sent;
  }
}
