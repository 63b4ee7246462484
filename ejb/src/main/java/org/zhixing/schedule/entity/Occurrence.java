package org.zhixing.schedule.entity;

import java.time.Instant;

/**
 * One time a session takes place. {@code originalStart} is where the rule put it and stays its key when it is moved.
 */
public record Occurrence(Instant originalStart, Instant start, Instant end, boolean cancelled) {

  public boolean overlaps(Instant otherStart, Instant otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
