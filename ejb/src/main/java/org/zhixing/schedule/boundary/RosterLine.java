package org.zhixing.schedule.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhixing.org.boundary.PersonCard;
import org.zhixing.schedule.control.AttendanceRecord;
import org.zhixing.schedule.control.RosterEntry;

/**
 * One expected person on the roster of an occurrence: who and where, whether they count as present, their times and
 * marks, whether a trainer corrected them, and the credit hours earned ({@code null} for none).
 */
public record RosterLine(
    long personId, String name, String unitCode, String unitName, List<String> positions, boolean present,
    Instant signedInAt, Instant signedOutAt, boolean late, boolean leftEarly, boolean absent, String correctedBy,
    BigDecimal creditHours) {

  static RosterLine of(RosterEntry entry, Map<Long, PersonCard> people, Map<String, String> unitNames) {
    PersonCard person = people.get(entry.personId());
    AttendanceRecord a = entry.attendance();
    return new RosterLine(entry.personId(), person == null ? "" : person.name(), entry.unitCode(),
        unitNames.getOrDefault(entry.unitCode(), entry.unitCode()), person == null ? List.of() : person.positions(),
        a != null && a.isPresent(), a == null ? null : a.signedInAt(), a == null ? null : a.signedOutAt(),
        a != null && a.late(), a != null && a.leftEarly(), a != null && a.absent(), a == null ? null : a.correctedBy(),
        entry.creditHours());
  }
}
