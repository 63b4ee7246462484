package org.zhixing.schedule.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A site's check-in or update: the scanned code (only to check in), how many of its expected people are present, and
 * optionally who.
 */
public record SiteCheckInRequest(
    @Size(max = 100) String code, @Min(0) @Max(100_000) int presentCount, @Size(max = 1_000) List<@NotNull Long> attendeeIds) {

  Set<Long> attendees() {
    return attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
  }
}
