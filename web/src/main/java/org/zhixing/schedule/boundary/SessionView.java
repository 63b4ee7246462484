package org.zhixing.schedule.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhixing.platform.audience.AudienceRule;
import org.zhixing.schedule.entity.TrainingSession;

/** A session as the editor and the session list show it, times in Asia/Shanghai. */
public record SessionView(
    long id, String level, String mode, String title, String organizerCode, OffsetDateTime startsAt,
    OffsetDateTime endsAt, String rrule, String venueName, Integer capacity, String streamUrl, List<String> trainers,
    List<Long> courseIds, List<Long> policyIds, AudienceView audience, List<String> additions, String status,
    OffsetDateTime publishedAt, long version) {

  /** The audience rule, or null when the session lists its people by name only. */
  public record AudienceView(String unitCode, List<String> positions, boolean weakAndLaxOnly, List<Integer> starTargets) {
    static AudienceView of(AudienceRule rule) {
      return rule == null ? null
          : new AudienceView(rule.unitCode(), List.copyOf(rule.positions()), rule.weakAndLaxOnly(), List.copyOf(rule.starTargets()));
    }
  }

  static SessionView of(TrainingSession s) {
    return new SessionView(s.id(), s.level().name(), s.mode().name(), s.title(), s.organizerCode(),
        ShanghaiTime.of(s.startsAt()), ShanghaiTime.of(s.endsAt()), s.rrule(), s.venue().name(), s.venue().capacity(),
        s.venue().streamUrl(), s.trainers().stream().sorted().toList(), s.courseIds().stream().sorted().toList(),
        s.policyIds().stream().sorted().toList(), AudienceView.of(s.audience()), s.additions().stream().sorted().toList(),
        s.status().name(), ShanghaiTime.of(s.publishedAt()), s.version());
  }
}
