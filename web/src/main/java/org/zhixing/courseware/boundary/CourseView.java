package org.zhixing.courseware.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zhixing.policy.boundary.PolicyTitle;

/**
 * A course page: one version with its lessons in order and the policy documents it cites, by title. {@code version}
 * is the version shown, {@code publishedVersion} the one in force (null before the first approval); {@code mayEdit}
 * and {@code mayReview} tell the portal which actions to offer.
 */
public record CourseView(
    long id,
    int version,
    Integer publishedVersion,
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
    List<PolicyTitle> policies,
    List<LessonView> lessons,
    String reviewComment,
    String editedBy,
    Instant submittedAt,
    String reviewedBy,
    Instant publishedAt,
    Instant updatedAt,
    boolean mayEdit,
    boolean mayReview) {

  static CourseView of(CourseDetails details, String coverUrl) {
    var r = details.revision();
    var m = details.metadata();
    return new CourseView(
        r.course().id(), r.number(), details.publishedVersion(), r.status().name(), m.title(), m.summary(),
        m.coverAssetId(), coverUrl, m.creditHours(), m.required(), m.tags(), m.offeredUnitCode(), r.course().ownerUnitCode(),
        details.policies(), details.lessons().stream().map(LessonView::of).toList(), r.reviewComment(), r.editedBy(),
        r.submittedAt(), r.reviewedBy(), r.publishedAt(), r.updatedAt(), details.mayEdit(), details.mayReview());
  }
}
