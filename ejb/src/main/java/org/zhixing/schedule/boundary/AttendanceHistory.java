package org.zhixing.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.zhixing.schedule.control.OccurrenceStore;

/**
 * What a person attended, for other features (the learning record, coverage): every occurrence they count as present
 * at (signed in or marked present by a trainer, not marked absent), with the credit hours earned. This is a read for
 * the system: the calling feature decides who may see whose record.
 */
@Stateless
public class AttendanceHistory {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** The occurrences {@code username} attended that started in [{@code from}, {@code to}), earliest first. */
  @SuppressWarnings("unchecked")
  public List<AttendedOccurrence> of(String username, Instant from, Instant to) {
    List<Object[]> rows = em.createNativeQuery("""
            select s.id, s.title, s.mode, s.level, o.id, o.starts_at, t.signed_in_at, t.signed_out_at,
                   coalesce(c.hours, 0)
            from session_audience a
            join training_session s on s.id = a.session_id
            join session_occurrence o on o.session_id = s.id
            join attendance t on t.occurrence_id = o.id and t.person_id = a.person_id
            left join attendance_credit c on c.occurrence_id = o.id and c.person_id = a.person_id
            where a.username = ?1 and o.starts_at >= ?2 and o.starts_at < ?3
              and t.signed_in_at is not null and not t.absent
            order by o.starts_at, o.id
            """)
        .setParameter(1, username)
        .setParameter(2, Timestamp.from(from))
        .setParameter(3, Timestamp.from(to))
        .getResultList();
    return rows.stream().map(AttendanceHistory::attended).toList();
  }

  private static AttendedOccurrence attended(Object[] row) {
    return new AttendedOccurrence(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
        ((Number) row[4]).longValue(), OccurrenceStore.instant(row[5]), OccurrenceStore.instantOrNull(row[6]),
        OccurrenceStore.instantOrNull(row[7]), (BigDecimal) row[8]);
  }
}
