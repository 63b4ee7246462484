package org.zhixing.tracking.entity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a learner's clock ran at a moment, given the presence checks of one lesson: a missed check stops it from
 * its deadline until the next check that was answered, and what was watched meanwhile does not count. Checks are
 * answered before their deadline or not at all (a late answer is refused), so a check's outcome never changes once
 * its deadline has passed, and a late batch is judged as it would have been on time.
 */
public record PresenceClock(List<PresenceCheck> checks) {

  public static final PresenceClock ALWAYS_RUNNING = new PresenceClock(List.of());

  public PresenceClock {
    checks = checks.stream().sorted(Comparator.comparing(PresenceCheck::issuedAt)).toList();
  }

  public boolean runningAt(Instant moment, Instant now) {
    Instant stoppedSince = null;
    for (PresenceCheck check : checks) {
      if (check.issuedAt().isAfter(moment)) {
        break;
      }
      if (check.missedBy(now) && !check.deadline().isAfter(moment)) {
        stoppedSince = stoppedSince == null ? check.deadline() : stoppedSince;
      } else if (check.answered() && !check.answeredAt().isAfter(moment)) {
        stoppedSince = null;
      }
    }
    return stoppedSince == null;
  }

  /** Stopped now: the last decided check was missed and no answered one came after it. */
  public boolean stopped(Instant now) {
    return !runningAt(now, now);
  }

  public Optional<PresenceCheck> open(Instant now) {
    return checks.stream().filter(check -> check.open(now)).findFirst();
  }

  public Optional<PresenceCheck> latest() {
    return checks.isEmpty() ? Optional.empty() : Optional.of(checks.getLast());
  }
}
