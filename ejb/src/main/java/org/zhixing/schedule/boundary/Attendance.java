package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.AttendanceBook;
import org.zhixing.schedule.control.AttendanceRecord;
import org.zhixing.schedule.control.AttendanceRules;
import org.zhixing.schedule.control.AudienceStore;
import org.zhixing.schedule.control.AudienceStore.Member;
import org.zhixing.schedule.control.LiveNumbers;
import org.zhixing.schedule.control.LiveNumbers.Counts;
import org.zhixing.schedule.control.NotInAudienceException;
import org.zhixing.schedule.control.NotSignedInException;
import org.zhixing.schedule.control.OccurrenceNotOpenException;
import org.zhixing.schedule.control.OccurrenceStore;
import org.zhixing.schedule.control.SessionAccess;
import org.zhixing.schedule.control.SessionNotFoundException;
import org.zhixing.schedule.control.SessionRepository;
import org.zhixing.schedule.control.SignInCodeReplayedException;
import org.zhixing.schedule.control.SignInCodes;
import org.zhixing.schedule.control.SignInCodes.Scan;
import org.zhixing.schedule.control.SignInKey;
import org.zhixing.schedule.control.StoredOccurrence;
import org.zhixing.schedule.entity.OccurrenceNotFoundException;
import org.zhixing.schedule.entity.SessionStatus;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * QR sign-in: the organizer's screen shows the occurrence's current code, learners in the audience scan it to sign in
 * and scan again at the end to sign out. Late and early leave follow {@link AttendanceRules}. The organizer watches
 * live numbers by unit.
 */
@Stateless
public class Attendance {

  @Inject SessionRepository sessions;
  @Inject SessionAccess access;
  @Inject OccurrenceStore occurrences;
  @Inject AudienceStore audience;
  @Inject AttendanceBook book;
  @Inject SignInKey key;
  @Inject LiveNumbers live;
  @Inject OrgDirectory org;

  private final AttendanceRules rules = AttendanceRules.fromSystemProperties();

  /** The code the organizer's screen shows now; only while the occurrence is open for sign-in. */
  public SignInCodes.Current currentCode(Caller caller, long sessionId, long occurrenceId) {
    StoredOccurrence occurrence = managedOccurrence(caller, sessionId, occurrenceId);
    requireOpen(sessions.find(sessionId).orElseThrow(), occurrence);
    return key.codes().current(occurrenceId);
  }

  /** Signs the caller in; signing in again changes nothing and answers the first sign-in. */
  public AttendanceRecord signIn(Caller caller, String code) {
    Scan scan = key.codes().verify(code);
    Scanned scanned = scanned(caller, scan);
    Instant now = Instant.now();
    return book.signIn(scan.occurrenceId(), scanned.member(), now, rules.isLate(scanned.occurrence(), now), scan.window());
  }

  /**
   * Signs the caller out with a code scanned after the one they signed in with. Signing out again changes nothing;
   * the code used to sign in is refused as a replay.
   */
  public AttendanceRecord signOut(Caller caller, String code) {
    Scan scan = key.codes().verify(code);
    Scanned scanned = scanned(caller, scan);
    long personId = scanned.member().personId();
    AttendanceRecord before = book.find(scan.occurrenceId(), personId).orElseThrow(() -> new NotSignedInException(scan.occurrenceId()));
    if (before.signedOutAt() != null) {
      return before;
    }
    if (scan.window() <= before.codeWindow()) {
      throw new SignInCodeReplayedException(scan.occurrenceId());
    }
    Instant now = Instant.now();
    book.signOut(scan.occurrenceId(), personId, now, rules.leavesEarly(scanned.occurrence(), now), scan.window());
    return book.find(scan.occurrenceId(), personId).orElseThrow();
  }

  /** Expected, signed in and late for one occurrence, in total and by unit, with the units' names. */
  public LiveView liveNumbers(Caller caller, long sessionId, long occurrenceId) {
    managedOccurrence(caller, sessionId, occurrenceId);
    TrainingSession session = sessions.find(sessionId).orElseThrow();
    Map<String, Counts> byUnit = live.byUnit(sessionId, occurrenceId, session.organizerCode());
    return new LiveView(LiveNumbers.total(byUnit), byUnit, org.unitNames(byUnit.keySet()));
  }

  /** Live numbers: the totals, the counts by unit code, and the names of those units. */
  public record LiveView(Counts total, Map<String, Counts> byUnit, Map<String, String> unitNames) {}

  private record Scanned(StoredOccurrence occurrence, Member member) {}

  private Scanned scanned(Caller caller, Scan scan) {
    StoredOccurrence occurrence =
        occurrences.find(scan.occurrenceId()).orElseThrow(() -> new OccurrenceNotFoundException("?", scan.occurrenceId()));
    TrainingSession session = sessions.find(occurrence.sessionId()).orElseThrow();
    requireOpen(session, occurrence);
    Member member = audience.member(session.id(), caller.username())
        .orElseThrow(() -> new NotInAudienceException(caller.username(), session.id()));
    return new Scanned(occurrence, member);
  }

  private void requireOpen(TrainingSession session, StoredOccurrence occurrence) {
    if (session.status() != SessionStatus.PUBLISHED || !rules.isOpen(occurrence, Instant.now())) {
      throw new OccurrenceNotOpenException(occurrence.id());
    }
  }

  private StoredOccurrence managedOccurrence(Caller caller, long sessionId, long occurrenceId) {
    sessions.find(sessionId).filter(session -> access.mayManage(caller, session))
        .orElseThrow(() -> new SessionNotFoundException(sessionId));
    return occurrences.find(occurrenceId).filter(occurrence -> occurrence.sessionId() == sessionId)
        .orElseThrow(() -> new OccurrenceNotFoundException(sessionId, occurrenceId));
  }
}
