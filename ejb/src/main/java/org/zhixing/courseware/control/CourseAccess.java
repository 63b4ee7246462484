package org.zhixing.courseware.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhixing.courseware.entity.Course;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.courseware.entity.RevisionStatus;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * Who may do what with a course. Trainers and org admins manage the courses owned within their subtree; an org admin
 * reviews the courses offered within theirs (the organization department of the audience decides what it is
 * taught); a system admin does everything. Learners take the published courses offered to their own unit or a unit
 * above it; staff may also open the published courses offered anywhere in their subtree.
 */
@ApplicationScoped
public class CourseAccess {

  @Inject OrgDirectory org;

  public String scopePath(Caller caller) {
    return org.scopeOf(caller).path();
  }

  /** The caller's own unit and the units above it: whose courses are offered to them. */
  public List<String> ownUnitCodes(Caller caller) {
    return org.ownUnitPath(caller).stream().map(OrgUnit::code).toList();
  }

  public boolean isStaff(Caller caller) {
    return caller.has(Role.TRAINER) || caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN);
  }

  public boolean mayManage(Caller caller, Course course) {
    return caller.has(Role.SYS_ADMIN)
        || (caller.has(Role.TRAINER) || caller.has(Role.ORG_ADMIN)) && course.ownerUnitPath().startsWith(scopePath(caller));
  }

  public boolean mayReview(Caller caller, Course course) {
    return caller.has(Role.SYS_ADMIN)
        || caller.has(Role.ORG_ADMIN) && course.latest().isOfferedWithin(scopePath(caller));
  }

  /** Managers and reviewers see every version of a course; others only its published one. */
  public boolean mayOversee(Caller caller, Course course) {
    return mayManage(caller, course) || mayReview(caller, course);
  }

  public boolean mayLearn(Caller caller, CourseRevision revision) {
    if (revision.status() != RevisionStatus.PUBLISHED) {
      return false;
    }
    String offered = revision.metadata().offeredUnitCode();
    return ownUnitCodes(caller).contains(offered)
        || isStaff(caller) && revision.isOfferedWithin(scopePath(caller))
        || mayOversee(caller, revision.course());
  }
}
