package org.zhixing.tracking.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A "are you still there?" prompt (防挂机) issued to a learner during a lesson. It is answered in time when the answer
 * reaches the server before the deadline; otherwise it is missed, and the learner's clock stops from the deadline
 * until the next check they answer.
 */
public record PresenceCheck(UUID id, Instant issuedAt, Instant deadline, Instant answeredAt) {

  public PresenceCheck {
    Objects.requireNonNull(id, "id");
    if (!deadline.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a check's deadline comes after it is issued");
    }
  }

  public boolean answered() {
    return answeredAt != null;
  }

  /** Missed: not answered, and the deadline has passed. */
  public boolean missedBy(Instant now) {
    return answeredAt == null && now.isAfter(deadline);
  }

  public boolean open(Instant now) {
    return answeredAt == null && !now.isAfter(deadline);
  }
}
