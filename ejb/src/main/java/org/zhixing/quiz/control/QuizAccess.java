package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.QuestionBank;

/**
 * Who may do what in the quiz feature. Trainers and org admins edit the banks and papers owned within their subtree
 * and use (draw from) banks shared from above; only org admins share; system admins do everything. Learners take the
 * published papers offered to their unit or a unit above it, and a course's test only if they may take the course.
 * Whatever a caller may not see is reported as not found.
 */
@ApplicationScoped
public class QuizAccess {

  @Inject OrgDirectory org;
  @Inject CourseCatalog courses;

  public OrgUnit scopeOf(Caller caller) {
    return org.scopeOf(caller);
  }

  public boolean isStaff(Caller caller) {
    return caller.has(Role.TRAINER) || caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN);
  }

  public boolean mayEdit(Caller caller, QuestionBank bank) {
    return isStaff(caller) && bank.isOwnedWithin(scopePath(caller));
  }

  public boolean mayUse(Caller caller, QuestionBank bank) {
    return isStaff(caller) && bank.isUsableWithin(scopePath(caller));
  }

  public boolean mayShare(Caller caller, QuestionBank bank) {
    return (caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN)) && bank.isOwnedWithin(scopePath(caller));
  }

  public boolean mayManage(Caller caller, Paper paper) {
    return isStaff(caller) && paper.isOwnedWithin(scopePath(caller));
  }

  /** Whether {@code unitCode} lies in the caller's subtree (to offer a paper to it). */
  public boolean mayOfferTo(Caller caller, String unitCode) {
    try {
      return org.isInScope(caller, org.unitForSystem(unitCode));
    } catch (RuntimeException e) {
      return false; // an unknown unit is as good as one outside the scope
    }
  }

  /** The caller's own unit and those above it: whose papers are offered to them. */
  public List<String> ownUnitCodes(Caller caller) {
    return org.ownUnitPath(caller).stream().map(OrgUnit::code).toList();
  }

  public boolean mayTake(Caller caller, Paper paper) {
    return paper.publishedAt().isPresent()
        && ownUnitCodes(caller).contains(paper.audienceUnitCode())
        && paper.courseId().map(course -> courses.mayLearn(caller, course)).orElse(true);
  }

  public String scopePath(Caller caller) {
    return org.scopeOf(caller).path();
  }
}
