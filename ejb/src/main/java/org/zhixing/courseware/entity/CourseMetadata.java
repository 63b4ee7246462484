package org.zhixing.courseware.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a course version says about itself: title, summary, cover image (an asset id), credit hours (学时, one decimal),
 * tags, required or elective, the org unit it is offered to (learners in that unit's subtree see it; its code and
 * path, since org units belong to another feature), and the policy documents it cites (ids of the policy library).
 */
public record CourseMetadata(
    String title,
    String summary,
    UUID coverAssetId,
    BigDecimal creditHours,
    boolean required,
    List<String> tags,
    String offeredUnitCode,
    String offeredUnitPath,
    List<Long> policyIds) {

  public static final BigDecimal MAX_CREDIT_HOURS = new BigDecimal("9999.9");

  public CourseMetadata {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a course needs a title");
    }
    title = title.strip();
    summary = summary == null ? "" : summary.strip();
    Objects.requireNonNull(creditHours, "creditHours");
    if (creditHours.signum() < 0 || creditHours.compareTo(MAX_CREDIT_HOURS) > 0) {
      throw new IllegalArgumentException("credit hours must be 0 to " + MAX_CREDIT_HOURS + ", was " + creditHours);
    }
    creditHours = creditHours.setScale(1, RoundingMode.HALF_UP);
    tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    Objects.requireNonNull(offeredUnitCode, "offeredUnitCode");
    Objects.requireNonNull(offeredUnitPath, "offeredUnitPath");
    policyIds = policyIds == null ? List.of() : policyIds.stream().distinct().toList();
  }
}
