package org.zhixing.schedule.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhixing.schedule.control.Clash;
import org.zhixing.schedule.control.ConflictReport;

/** What the editor shows before publishing: the clashes by kind, counts and a sample, times in Asia/Shanghai. */
public record ConflictView(
    boolean clear, List<ClashView> venue, List<ClashView> trainers, long audienceBusy, List<ClashView> audienceSample,
    int audienceSize, Integer capacity, boolean overCapacity) {

  public record ClashView(String subject, long sessionId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    static List<ClashView> of(List<Clash> clashes) {
      return clashes.stream()
          .map(c -> new ClashView(c.subject(), c.sessionId(), c.title(), ShanghaiTime.of(c.start()), ShanghaiTime.of(c.end())))
          .toList();
    }
  }

  static ConflictView of(ConflictReport r) {
    return new ConflictView(r.isEmpty(), ClashView.of(r.venue()), ClashView.of(r.trainers()), r.audienceBusy(),
        ClashView.of(r.audienceSample()), r.audienceSize(), r.capacity(), r.overCapacity());
  }
}
