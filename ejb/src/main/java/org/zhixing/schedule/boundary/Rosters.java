package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.DivisionCodes;
import org.zhixing.schedule.control.OccurrenceAccess;
import org.zhixing.schedule.control.RosterEntry;
import org.zhixing.schedule.control.RosterStore;
import org.zhixing.schedule.control.SessionOccurrence;
import org.zhixing.schedule.control.SiteCheckIn;
import org.zhixing.schedule.control.SiteCheckIns;

/**
 * The organizer's roster of one occurrence, per unit: everyone expected with their attendance, as a page or as an
 * .xlsx workbook (with the sites' check-ins on a second sheet for a remote session). Scoped like the live numbers: the
 * session must be the caller's to manage, and a unit asked for must lie in the caller's subtree.
 */
@Stateless
public class Rosters {

  private static final int BATCH = 1_000;

  @Inject OccurrenceAccess access;
  @Inject RosterStore roster;
  @Inject SiteCheckIns sites;
  @Inject RosterLabels labels;
  @Inject OrgDirectory org;

  public Page<RosterLine> page(Caller caller, long sessionId, long occurrenceId, String unitCode, PageRequest page) {
    Scope scope = scope(caller, sessionId, occurrenceId, unitCode);
    Page<RosterEntry> entries = roster.page(sessionId, occurrenceId, scope.prefix(), page);
    return Page.of(labels.lines(entries.items()), page, entries.total());
  }

  /** The session, occurrence and unit a roster is of, checked against the caller's scope before any byte is written. */
  public RosterSheet.Heading heading(Caller caller, long sessionId, long occurrenceId, String unitCode) {
    Scope scope = scope(caller, sessionId, occurrenceId, unitCode);
    return new RosterSheet.Heading(scope.managed().session().title(), scope.managed().occurrence().start(), scope.unitName());
  }

  /** Writes the roster workbook to {@code out}: every expected person of the unit, in batches, then the sites. */
  public void export(Caller caller, long sessionId, long occurrenceId, String unitCode, OutputStream out) {
    Scope scope = scope(caller, sessionId, occurrenceId, unitCode);
    try (RosterSheet sheet = new RosterSheet(out, caller.displayName())) {
      List<RosterEntry> batch;
      int offset = 0;
      do {
        batch = roster.entries(sessionId, occurrenceId, scope.prefix(), offset, BATCH);
        sheet.people(labels.lines(batch));
        offset += batch.size();
      } while (batch.size() == BATCH);
      if (scope.managed().session().mode().isStreamed()) {
        var all = sites.all(sessionId, occurrenceId, scope.prefix());
        sheet.sites(all, org.unitNames(all.stream().map(SiteCheckIn::siteUnitCode).toList()));
      }
      sheet.finish();
    }
  }

  private record Scope(SessionOccurrence managed, String prefix, String unitName) {}

  private Scope scope(Caller caller, long sessionId, long occurrenceId, String unitCode) {
    SessionOccurrence managed = access.managed(caller, sessionId, occurrenceId);
    String code = unitCode == null ? managed.session().organizerCode() : org.visibleUnit(caller, unitCode).code();
    return new Scope(managed, DivisionCodes.subtreePrefix(code), org.unitNames(List.of(code)).getOrDefault(code, code));
  }
}
