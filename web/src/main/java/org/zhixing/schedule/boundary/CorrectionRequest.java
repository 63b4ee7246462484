package org.zhixing.schedule.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.zhixing.schedule.control.AttendanceCorrection;

/**
 * A trainer's correction of one person's attendance. Only {@code present} and {@code reason} are required; times and
 * marks left out are kept, or follow from the times.
 */
public record CorrectionRequest(
    @NotNull Boolean present, OffsetDateTime signedInAt, OffsetDateTime signedOutAt, Boolean late, Boolean leftEarly,
    @Size(max = 500) String reason) {

  AttendanceCorrection toCorrection() {
    return new AttendanceCorrection(present, signedInAt == null ? null : signedInAt.toInstant(),
        signedOutAt == null ? null : signedOutAt.toInstant(), late, leftEarly);
  }
}
