package org.zhixing.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PersonStanding;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.quiz.entity.Paper;
import org.zhixing.quiz.entity.PaperAudience;
import org.zhixing.quiz.entity.QuestionBank;
import org.zhixing.schedule.boundary.SessionAudiences;

/**
 * Who may do what in the quiz feature. Trainers and org admins edit the banks and papers owned within their subtree
 * and use (draw from) banks shared from above; only org admins share; system admins do everything. Learners take the
 * published papers offered to their unit or a unit above it whose post and village rule they meet, a session's quiz
 * only if they are in the session's audience, and a course's test only if they may take the course. Whatever a caller
 * may not see is reported as not found.
 */
@ApplicationScoped
public class QuizAccess {

  @Inject OrgDirectory org;
  @Inject CourseCatalog courses;
  @Inject SessionAudiences sessions;

  /** The caller's units (theirs and those above), posts, village and sessions: whose papers they are offered. */
  public record OfferedTo(List<String> unitCodes, PersonStanding standing, List<Long> sessionIds) {}

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

  /** What decides which papers are offered to the caller, gathered once so that the offered list is one query. */
  public OfferedTo offeredTo(Caller caller) {
    return new OfferedTo(ownUnitCodes(caller), org.standingOf(caller), sessions.sessionsOf(caller.username()));
  }

  /**
   * Published; offered to the caller — through the session's audience for a paper attached to a session, else
   * through the audience unit's subtree and its post and village rule; and, for a course's test, the course is theirs.
   */
  public boolean mayTake(Caller caller, Paper paper) {
    PaperAudience audience = paper.audience();
    boolean offered = audience.sessionId() != null
        ? sessions.includes(audience.sessionId(), caller.username())
        : ownUnitCodes(caller).contains(paper.audienceUnitCode()) && admits(audience, org.standingOf(caller));
    return paper.publishedAt().isPresent()
        && offered
        && paper.courseId().map(course -> courses.mayLearn(caller, course)).orElse(true);
  }

  private static boolean admits(PaperAudience audience, PersonStanding standing) {
    return audience.admits(standing.positions(), standing.inWeakAndLaxVillage());
  }

  public String scopePath(Caller caller) {
    return org.scopeOf(caller).path();
  }
}
