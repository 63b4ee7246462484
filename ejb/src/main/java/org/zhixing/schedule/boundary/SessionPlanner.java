package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.zhixing.courseware.boundary.CourseCatalog;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.policy.boundary.PolicyLibrary;
import org.zhixing.schedule.control.AudienceResolver;
import org.zhixing.schedule.control.AudienceResolver.Audience;
import org.zhixing.schedule.control.AudienceStore;
import org.zhixing.schedule.control.ConflictFinder;
import org.zhixing.schedule.control.ConflictReport;
import org.zhixing.schedule.control.OccurrenceStore;
import org.zhixing.schedule.control.SessionAccess;
import org.zhixing.schedule.control.SessionConflictsException;
import org.zhixing.schedule.control.SessionNotFoundException;
import org.zhixing.schedule.control.SessionRepository;
import org.zhixing.schedule.control.StoredOccurrence;
import org.zhixing.schedule.entity.InvalidSessionException;
import org.zhixing.schedule.entity.SessionDetails;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Planning sessions: org admins and trainers create drafts organized by a unit of their subtree, check them for
 * conflicts and publish them, which resolves the audience to people. A session outside the caller's subtree is not
 * found. Every change rewrites the stored occurrences in the same transaction.
 */
@Stateless
public class SessionPlanner {

  @Inject SessionRepository sessions;
  @Inject SessionAccess access;
  @Inject OccurrenceStore occurrences;
  @Inject AudienceResolver audiences;
  @Inject AudienceStore audienceStore;
  @Inject ConflictFinder conflicts;
  @Inject OrgDirectory org;
  @Inject PolicyLibrary policies;
  @Inject CourseCatalog courses;

  /** A draft organized by {@code organizerCode}, which must lie in the caller's subtree. */
  public TrainingSession create(Caller caller, String organizerCode, SessionDetails details) {
    OrgUnit organizer = org.visibleUnit(caller, organizerCode);
    checkLinks(caller, details);
    TrainingSession session = new TrainingSession(details, organizer.code(), organizer.path(), caller.username());
    sessions.add(session);
    sessions.flush();
    occurrences.write(session);
    return sessions.withCollections(session);
  }

  public TrainingSession describe(Caller caller, long id, SessionDetails details) {
    TrainingSession session = managed(caller, id);
    checkLinks(caller, details);
    session.describe(details);
    sessions.flush();
    occurrences.write(session);
    return sessions.withCollections(session);
  }

  public TrainingSession get(Caller caller, long id) {
    return sessions.withCollections(managed(caller, id));
  }

  public Page<TrainingSession> list(Caller caller, PageRequest page) {
    return sessions.organizedWithin(access.scopePath(caller), page).map(sessions::withCollections);
  }

  public List<StoredOccurrence> occurrences(Caller caller, long id) {
    return occurrences.of(managed(caller, id).id());
  }

  public ConflictReport conflicts(Caller caller, long id) {
    TrainingSession session = managed(caller, id);
    return conflicts.check(session, audiences.resolve(caller, session).people());
  }

  /**
   * Publishes the session and stores its audience as resolved now. With conflicts, publishing needs
   * {@code acceptConflicts}: the organizer has seen them and goes ahead.
   */
  public int publish(Caller caller, long id, boolean acceptConflicts) {
    TrainingSession session = managed(caller, id);
    session.checkPublishable();
    Audience audience = audiences.resolve(caller, session);
    ConflictReport report = conflicts.check(session, audience.people());
    if (!report.isEmpty() && !acceptConflicts) {
      throw new SessionConflictsException(report.venue().size(), report.trainers().size(), report.audienceBusy());
    }
    session.publish(Instant.now());
    sessions.flush();
    return audienceStore.replace(session.id(), audience.people(), audience.addedIds());
  }

  public TrainingSession cancel(Caller caller, long id) {
    TrainingSession session = managed(caller, id);
    session.cancel();
    return sessions.withCollections(session);
  }

  public List<StoredOccurrence> cancelOccurrence(Caller caller, long id, Instant originalStart) {
    TrainingSession session = managed(caller, id);
    session.cancelOccurrence(originalStart);
    return rewrite(session);
  }

  public List<StoredOccurrence> moveOccurrence(Caller caller, long id, Instant originalStart, Instant start, Instant end) {
    TrainingSession session = managed(caller, id);
    session.moveOccurrence(originalStart, start, end);
    return rewrite(session);
  }

  private List<StoredOccurrence> rewrite(TrainingSession session) {
    sessions.flush();
    occurrences.write(session);
    return occurrences.of(session.id());
  }

  /** Linked courses and policies must exist and be visible to the caller (course-not-found otherwise). */
  private void checkLinks(Caller caller, SessionDetails details) {
    details.courseIds().forEach(courseId -> courses.read(caller, courseId, false));
    if (!details.policyIds().isEmpty()
        && policies.titles(caller, List.copyOf(details.policyIds())).size() != details.policyIds().size()) {
      throw new InvalidSessionException("policy-ids");
    }
  }

  private TrainingSession managed(Caller caller, long id) {
    return sessions.find(id).filter(session -> access.mayManage(caller, session)).orElseThrow(() -> new SessionNotFoundException(id));
  }
}
