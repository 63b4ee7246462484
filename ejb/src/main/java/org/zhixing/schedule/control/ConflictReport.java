package org.zhixing.schedule.control;

import java.util.List;

/**
 * What collides with a session before it is published: its venue booked by another published session at the same
 * time, its trainers due elsewhere, how many of its audience are already required elsewhere (with a sample), and
 * whether the audience outgrows the venue.
 */
public record ConflictReport(
    List<Clash> venue, List<Clash> trainers, long audienceBusy, List<Clash> audienceSample, int audienceSize,
    Integer capacity) {

  public boolean overCapacity() {
    return capacity != null && audienceSize > capacity;
  }

  public boolean isEmpty() {
    return venue.isEmpty() && trainers.isEmpty() && audienceBusy == 0 && !overCapacity();
  }
}
