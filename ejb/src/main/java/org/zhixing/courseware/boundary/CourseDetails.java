package org.zhixing.courseware.boundary;

import java.util.List;
import org.zhixing.courseware.entity.CourseMetadata;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.courseware.entity.Lesson;
import org.zhixing.policy.boundary.PolicyTitle;

/**
 * One version of a course as a page shows it, loaded whole while the transaction is open: the version with its
 * metadata and lessons in order, the policy documents it cites (those the caller may read), the number of the version
 * in force (null before the first approval), and what the caller may do with it.
 */
public record CourseDetails(
    CourseRevision revision,
    CourseMetadata metadata,
    List<Lesson> lessons,
    List<PolicyTitle> policies,
    Integer publishedVersion,
    boolean mayEdit,
    boolean mayReview) {

  public CourseDetails {
    lessons = List.copyOf(lessons);
    policies = List.copyOf(policies);
  }
}
