package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PersonCard;
import org.zhixing.platform.audit.AuditLog;
import org.zhixing.platform.audit.AuditSubject;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.control.AttendanceBook;
import org.zhixing.schedule.control.AttendanceCorrection;
import org.zhixing.schedule.control.AttendanceRecord;
import org.zhixing.schedule.control.AttendeeNotFoundException;
import org.zhixing.schedule.control.AudienceStore;
import org.zhixing.schedule.control.AudienceStore.Member;
import org.zhixing.schedule.control.CorrectionReasonRequiredException;
import org.zhixing.schedule.control.OccurrenceAccess;
import org.zhixing.schedule.control.OpenOccurrences;
import org.zhixing.schedule.control.RosterStore;
import org.zhixing.schedule.control.SessionOccurrence;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Trainers and organizers correct one person's attendance by hand: present or absent, times, late and left early.
 * Every correction needs a reason and is written to the audit log in the same transaction, with the attendance before
 * and after; the credit hours follow the corrected attendance.
 */
@Stateless
public class AttendanceCorrections {

  /** The audit log's action for a correction. */
  public static final String CORRECTED = "ATTENDANCE_CORRECTED";

  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TrainingSession.ZONE);

  @Inject OccurrenceAccess access;
  @Inject OpenOccurrences open;
  @Inject AudienceStore audience;
  @Inject AttendanceBook book;
  @Inject RosterStore roster;
  @Inject RosterLabels labels;
  @Inject OrgDirectory org;
  @Inject AuditLog audit;

  /** Corrects the attendance of {@code personId}, one of the session's audience, and answers their roster line. */
  public RosterLine correct(Caller caller, long sessionId, long occurrenceId, long personId, AttendanceCorrection correction,
      String reason) {
    if (reason == null || reason.isBlank()) {
      throw new CorrectionReasonRequiredException(personId);
    }
    SessionOccurrence managed = access.managed(caller, sessionId, occurrenceId);
    Member member = audience.member(sessionId, personId).orElseThrow(() -> new AttendeeNotFoundException(sessionId, personId));
    AttendanceRecord before = book.find(occurrenceId, personId).orElse(null);
    AttendanceRecord after = book.correct(member,
        correction.applyTo(personId, before, managed.occurrence(), open.rules(), caller.username()), Instant.now());
    audit.record(caller, CORRECTED, subject(managed, member), state(before), state(after), reason);
    return labels.lines(List.of(roster.entry(sessionId, occurrenceId, personId).orElseThrow())).getFirst();
  }

  private AuditSubject subject(SessionOccurrence managed, Member member) {
    PersonCard person = org.peopleCards(List.of(member.personId())).get(member.personId());
    String label = (person == null ? String.valueOf(member.personId()) : person.name()) + " · " + managed.session().title()
        + " " + START.format(managed.occurrence().start());
    return new AuditSubject("ATTENDANCE", managed.occurrence().id() + "/" + member.personId(), label,
        managed.session().organizerPath());
  }

  /** The fields of an attendance the audit log keeps; null when there was none. */
  private static Map<String, Object> state(AttendanceRecord record) {
    if (record == null) {
      return null;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("present", record.isPresent());
    state.put("signedInAt", record.signedInAt() == null ? null : record.signedInAt().toString());
    state.put("signedOutAt", record.signedOutAt() == null ? null : record.signedOutAt().toString());
    state.put("late", record.late());
    state.put("leftEarly", record.leftEarly());
    return state;
  }
}
