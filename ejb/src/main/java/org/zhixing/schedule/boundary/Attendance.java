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
import org.zhixing.schedule.control.OccurrenceAccess;
import org.zhixing.schedule.control.OpenOccurrences;
import org.zhixing.schedule.control.SessionOccurrence;
import org.zhixing.schedule.control.SignInCodeReplayedException;
import org.zhixing.schedule.control.SignInCodes;
import org.zhixing.schedule.control.SignInCodes.Scan;
import org.zhixing.schedule.control.SignInKey;
import org.zhixing.schedule.control.SiteNumbers;
import org.zhixing.schedule.control.SiteNumbers.SiteCounts;
import org.zhixing.schedule.control.StoredOccurrence;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * QR sign-in: the organizer's screen shows the occurrence's current code, learners in the audience scan it to sign in
 * and scan again at the end to sign out. Late and early leave follow {@link AttendanceRules}. The organizer watches
 * live numbers by unit.
 */
@Stateless
public class Attendance {

  @Inject OccurrenceAccess access;
  @Inject OpenOccurrences open;
  @Inject AudienceStore audience;
  @Inject AttendanceBook book;
  @Inject SignInKey key;
  @Inject LiveNumbers live;
  @Inject SiteNumbers siteNumbers;
  @Inject OrgDirectory org;

  /** The code the organizer's screen shows now; only while the occurrence is open for sign-in. */
  public SignInCodes.Current currentCode(Caller caller, long sessionId, long occurrenceId) {
    SessionOccurrence managed = access.managed(caller, sessionId, occurrenceId);
    open.requireOpen(managed.session(), managed.occurrence());
    return key.codes().current(occurrenceId);
  }

  /** Signs the caller in; signing in again changes nothing and answers the first sign-in. */
  public AttendanceRecord signIn(Caller caller, String code) {
    Scan scan = key.codes().verify(code);
    Scanned scanned = scanned(caller, scan);
    Instant now = Instant.now();
    boolean late = open.rules().isLate(scanned.occurrence(), now);
    return book.signIn(scan.occurrenceId(), scanned.member(), now, late, scan.window());
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
    return book.signOut(scan.occurrenceId(), personId, now, open.rules().leavesEarly(scanned.occurrence(), now), scan.window());
  }

  /**
   * Expected, signed in and late for one occurrence, in total and by unit, with the units' names; for a remote session
   * also its sites expected, checked in and missing.
   */
  public LiveView liveNumbers(Caller caller, long sessionId, long occurrenceId) {
    TrainingSession session = access.managed(caller, sessionId, occurrenceId).session();
    Map<String, Counts> byUnit = live.byUnit(sessionId, occurrenceId, session.organizerCode());
    if (!session.mode().isStreamed()) {
      return new LiveView(LiveNumbers.total(byUnit), byUnit, null, Map.of(), org.unitNames(byUnit.keySet()));
    }
    Map<String, SiteCounts> sites = siteNumbers.byUnit(sessionId, occurrenceId, session.organizerCode());
    return new LiveView(LiveNumbers.total(byUnit), byUnit, SiteNumbers.total(sites), sites, org.unitNames(byUnit.keySet()));
  }

  /**
   * Live numbers: the totals, the counts by unit code, the sites (null unless the session is remote) in total and by
   * unit code, and the names of those units.
   */
  public record LiveView(
      Counts total, Map<String, Counts> byUnit, SiteCounts sites, Map<String, SiteCounts> sitesByUnit,
      Map<String, String> unitNames) {}

  private record Scanned(StoredOccurrence occurrence, Member member) {}

  private Scanned scanned(Caller caller, Scan scan) {
    SessionOccurrence scanned = open.scanned(scan);
    Member member = audience.member(scanned.session().id(), caller.username())
        .orElseThrow(() -> new NotInAudienceException(caller.username(), scanned.session().id()));
    return new Scanned(scanned.occurrence(), member);
  }
}
