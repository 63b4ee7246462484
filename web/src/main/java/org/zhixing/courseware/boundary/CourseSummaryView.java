package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.courseware.entity.CourseRevision;

/**
 * A course in a list: the version listed (the newest for managers, the published one for learners); {@code coverUrl}
 * is a signed, expiring link an {@code <img>} can load without a bearer header.
 */
public record CourseSummaryView(
    long id,
    int version,
    String status,
    String title,
    String summary,
    UUID coverAssetId,
    String coverUrl,
    BigDecimal creditHours,
    boolean required,
    List<String> tags,
    String offeredUnitCode,
    String ownerUnitCode,
    String editedBy,
    Instant submittedAt,
    Instant publishedAt,
    Instant updatedAt,
    String reviewComment) {

  static CourseSummaryView of(CourseRevision r, String coverUrl) {
    return new CourseSummaryView(
        r.course().id(), r.number(), r.status().name(), r.title(), r.summary(), r.coverAssetId(), coverUrl, r.creditHours(),
        r.required(), r.tags(), r.offeredUnitCode(), r.course().ownerUnitCode(), r.editedBy(), r.submittedAt(),
        r.publishedAt(), r.updatedAt(), r.reviewComment());
  }
}
