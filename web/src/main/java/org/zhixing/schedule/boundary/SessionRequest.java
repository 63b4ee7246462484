package org.zhixing.schedule.boundary;

import static org.zhixing.platform.web.RequestValues.enumOf;
import static org.zhixing.platform.web.RequestValues.orEmpty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.zhixing.platform.audience.AudienceRule;
import org.zhixing.schedule.entity.SessionDetails;
import org.zhixing.schedule.entity.SessionLevel;
import org.zhixing.schedule.entity.SessionMode;
import org.zhixing.schedule.entity.Venue;

/**
 * A session as the editor sends it. Times carry their offset (the portal sends +08:00); {@code rrule} is an RFC 5545
 * RRULE value or empty for a one-off session.
 */
public record SessionRequest(
    @NotBlank String level,
    @NotBlank String mode,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Pattern(regexp = "\\d{12}") String organizerCode,
    @NotNull OffsetDateTime startsAt,
    @NotNull OffsetDateTime endsAt,
    @Size(max = 300) String rrule,
    @Size(max = 200) String venueName,
    @Min(1) @Max(100_000) Integer capacity,
    @Size(max = 500) String streamUrl,
    @Size(max = 20) List<@NotBlank @Size(max = 100) String> trainers,
    @Size(max = 50) List<@NotNull Long> courseIds,
    @Size(max = 50) List<@NotNull Long> policyIds,
    @Valid AudienceRequest audience,
    @Size(max = 500) List<@NotBlank @Size(max = 100) String> additions) {

  /** The audience rule: positions × subtree × village categories. */
  public record AudienceRequest(
      @NotNull @Pattern(regexp = "\\d{12}") String unitCode,
      @Size(max = 10) List<@NotBlank String> positions,
      boolean weakAndLaxOnly,
      @Size(max = 5) List<@NotNull @Min(1) @Max(5) Integer> starTargets) {

    AudienceRule toRule() {
      return new AudienceRule(unitCode, Set.copyOf(orEmpty(positions)), weakAndLaxOnly, Set.copyOf(orEmpty(starTargets)));
    }
  }

  SessionDetails toDetails() {
    AudienceRule rule = audience == null ? null : audience.toRule();
    return new SessionDetails(enumOf(SessionLevel.class, "level", level), enumOf(SessionMode.class, "mode", mode), title,
        startsAt.toInstant(), endsAt.toInstant(), rrule, new Venue(venueName, capacity, streamUrl),
        Set.copyOf(orEmpty(trainers)), Set.copyOf(orEmpty(courseIds)), Set.copyOf(orEmpty(policyIds)), rule,
        Set.copyOf(orEmpty(additions)));
  }
}
