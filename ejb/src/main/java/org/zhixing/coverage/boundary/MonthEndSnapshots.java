package org.zhixing.coverage.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.coverage.control.SnapshotStore.Snapshot;

/**
 * Takes every running plan's snapshot at the end of each month, Beijing time, marked automatic: ten minutes before
 * midnight, so that the month's last completions are in and the next month has not begun. Each plan in a
 * transaction of its own, so that one failure does not hold back the others. The timer is not persistent: a month
 * end the server sleeps through is missed, and an admin takes that month's snapshot on demand.
 */
@Stateless
public class MonthEndSnapshots {

  private static final Logger LOG = Logger.getLogger(MonthEndSnapshots.class.getName());

  @Inject PlanSnapshots snapshots;

  @Schedule(dayOfMonth = "Last", hour = "23", minute = "50", timezone = "Asia/Shanghai", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void atMonthEnd() {
    List<Snapshot> taken = takeAll(Instant.now());
    LOG.info(() -> "Month-end snapshots taken: " + taken.size());
  }

  /** The timer's work, also for operators: the running month's snapshot of every plan due one, as automatic. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Snapshot> takeAll(Instant now) {
    List<Snapshot> taken = new ArrayList<>();
    for (long planId : snapshots.plansDue(now)) {
      try {
        taken.add(snapshots.take(planId, CityMonth.of(now).month(), null, true));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Month-end snapshot of plan " + planId + " failed; take it on demand", e);
      }
    }
    return taken;
  }
}
