package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.courseware.entity.CourseRevision;

/** A course in a list: the version listed (the newest for managers, the published one for learners). */
public record CourseSummaryView(
    long id,
    int version,
    String status,
    String title,
    String summary,
    UUID coverAssetId,
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

  static CourseSummaryView of(CourseRevision r) {
    var m = r.metadata();
    return new CourseSummaryView(
        r.course().id(), r.number(), r.status().name(), m.title(), m.summary(), m.coverAssetId(), m.creditHours(),
        m.required(), m.tags(), m.offeredUnitCode(), r.course().ownerUnitCode(), r.editedBy(), r.submittedAt(),
        r.publishedAt(), r.updatedAt(), r.reviewComment());
  }
}
