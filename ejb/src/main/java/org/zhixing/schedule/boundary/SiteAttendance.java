package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PersonCard;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.AttendanceBook;
import org.zhixing.schedule.control.AudienceStore.Member;
import org.zhixing.schedule.control.DivisionCodes;
import org.zhixing.schedule.control.InvalidSiteAttendeeException;
import org.zhixing.schedule.control.InvalidSiteCountException;
import org.zhixing.schedule.control.NotASiteException;
import org.zhixing.schedule.control.NotRemoteSessionException;
import org.zhixing.schedule.control.OccurrenceAccess;
import org.zhixing.schedule.control.OccurrenceStore;
import org.zhixing.schedule.control.OpenOccurrences;
import org.zhixing.schedule.control.SessionOccurrence;
import org.zhixing.schedule.control.SessionRepository;
import org.zhixing.schedule.control.SignInCodes.Scan;
import org.zhixing.schedule.control.SignInKey;
import org.zhixing.schedule.control.SiteCheckIn;
import org.zhixing.schedule.control.SiteCheckIns;
import org.zhixing.schedule.control.SiteNotCheckedInException;
import org.zhixing.schedule.entity.OccurrenceNotFoundException;

/**
 * Remote synchronous sessions watched together in village activity rooms. Every unit holding audience people is a
 * site; someone of that unit (a learner of the village, or its admin) checks the room in by scanning the screen's
 * rotating QR code, says how many of its expected people are present, and may name them, which signs those people in.
 * The count and names may be updated while the occurrence is open, without a new code. The organizer lists the sites,
 * or only the missing ones (never checked in).
 */
@Stateless
public class SiteAttendance {

  @Inject SignInKey key;
  @Inject OpenOccurrences open;
  @Inject OccurrenceAccess access;
  @Inject OccurrenceStore occurrences;
  @Inject SessionRepository sessions;
  @Inject SiteCheckIns sites;
  @Inject AttendanceBook book;
  @Inject OrgDirectory org;

  /** A site as the room sees it: the occurrence, the people it expects, its check-in (null before) and who it named. */
  public record MySite(
      long sessionId, String sessionTitle, long occurrenceId, Instant occurrenceStart, String siteUnitCode,
      String siteName, List<PersonCard> expectedPeople, SiteCheckIn checkIn, List<Long> attendeeIds) {}

  /** A site on the organizer's list, with its unit's name. */
  public record SiteLine(SiteCheckIn site, String unitName) {}

  /** The caller's site at an occurrence; {@code not-a-site} unless their unit holds audience people. */
  public MySite mySite(Caller caller, long occurrenceId) {
    return mySite(caller, at(occurrenceId));
  }

  /** Checks the caller's site in with a scanned code; checking in again updates the count and adds names. */
  public MySite checkIn(Caller caller, String code, int presentCount, Set<Long> attendeeIds) {
    Scan scan = key.codes().verify(code);
    SessionOccurrence scanned = open.scanned(scan);
    record(caller, scanned, presentCount, attendeeIds, scan.window());
    return mySite(caller, scanned);
  }

  /** Updates the count and names of a site that has checked in, while the occurrence is open. */
  public MySite update(Caller caller, long occurrenceId, int presentCount, Set<Long> attendeeIds) {
    SessionOccurrence current = at(occurrenceId);
    String site = siteOf(caller, current);
    sites.find(current.session().id(), occurrenceId, site).filter(checkIn -> !checkIn.isMissing())
        .orElseThrow(() -> new SiteNotCheckedInException(site, occurrenceId));
    open.requireOpen(current.session(), current.occurrence());
    record(caller, current, presentCount, attendeeIds, 0);
    return mySite(caller, current);
  }

  /** The sites of an occurrence within a unit of the caller's subtree (the organizer's unit if none), by unit code. */
  public Page<SiteLine> sites(Caller caller, long sessionId, long occurrenceId, String unitCode, boolean missingOnly,
      PageRequest page) {
    SessionOccurrence managed = access.managed(caller, sessionId, occurrenceId);
    requireRemote(managed);
    String code = unitCode == null ? managed.session().organizerCode() : org.visibleUnit(caller, unitCode).code();
    Page<SiteCheckIn> found = sites.page(sessionId, occurrenceId, DivisionCodes.subtreePrefix(code), missingOnly, page);
    var names = org.unitNames(found.items().stream().map(SiteCheckIn::siteUnitCode).toList());
    return found.map(site -> new SiteLine(site, names.getOrDefault(site.siteUnitCode(), "")));
  }

  private void record(Caller caller, SessionOccurrence at, int presentCount, Set<Long> attendeeIds, long window) {
    String site = siteOf(caller, at);
    List<Long> expected = sites.expectedPeople(at.session().id(), site);
    if (presentCount < attendeeIds.size() || presentCount > expected.size()) {
      throw new InvalidSiteCountException(presentCount, attendeeIds.size(), expected.size());
    }
    attendeeIds.stream().filter(id -> !expected.contains(id)).findFirst().ifPresent(id -> {
      throw new InvalidSiteAttendeeException(id, site);
    });
    Instant now = Instant.now();
    sites.checkIn(at.occurrence().id(), site, presentCount, caller.username(), now);
    sites.addAttendees(at.occurrence().id(), site, attendeeIds);
    boolean late = open.rules().isLate(at.occurrence(), now);
    attendeeIds.forEach(id -> book.signIn(at.occurrence().id(), new Member(id, site), now, late, window));
  }

  private MySite mySite(Caller caller, SessionOccurrence at) {
    String site = siteOf(caller, at);
    long sessionId = at.session().id();
    List<Long> expected = sites.expectedPeople(sessionId, site);
    var people = org.peopleCards(expected);
    return new MySite(sessionId, at.session().title(), at.occurrence().id(), at.occurrence().start(), site,
        org.unitNames(List.of(site)).getOrDefault(site, site),
        expected.stream().map(people::get).filter(Objects::nonNull).toList(),
        sites.find(sessionId, at.occurrence().id(), site).filter(checkIn -> !checkIn.isMissing()).orElse(null),
        sites.attendees(at.occurrence().id(), site));
  }

  private SessionOccurrence at(long occurrenceId) {
    var occurrence = occurrences.find(occurrenceId).orElseThrow(() -> new OccurrenceNotFoundException("?", occurrenceId));
    return new SessionOccurrence(sessions.find(occurrence.sessionId()).orElseThrow(), occurrence);
  }

  /** The caller's unit, if it is a site of the session: a remote one whose audience it holds people of. */
  private String siteOf(Caller caller, SessionOccurrence at) {
    requireRemote(at);
    String unit = caller.orgUnitCode().orElseThrow(() -> new NotASiteException("-", at.session().id()));
    if (sites.expectedAt(at.session().id(), unit) == 0) {
      throw new NotASiteException(unit, at.session().id());
    }
    return unit;
  }

  private static void requireRemote(SessionOccurrence at) {
    if (!at.session().mode().isStreamed()) {
      throw new NotRemoteSessionException(at.session().id());
    }
  }
}
