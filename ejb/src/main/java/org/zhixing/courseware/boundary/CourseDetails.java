package org.zhixing.courseware.boundary;

import java.util.List;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.policy.boundary.PolicyTitle;

/**
 * One version of a course as a page shows it: the version, the policy documents it cites (those the caller may read),
 * the number of the version in force (null before the first approval), and what the caller may do with it.
 */
public record CourseDetails(
    CourseRevision revision, List<PolicyTitle> policies, Integer publishedVersion, boolean mayEdit, boolean mayReview) {}
