package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-ins and sign-outs, once per learner and occurrence. Both are single conditional statements, so a burst of
 * scans and a learner tapping twice need no locks: the first sign-in wins and the repeats change nothing.
 */
@ApplicationScoped
public class AttendanceBook {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Records the sign-in unless there is one; returns the learner's record either way. */
  public AttendanceRecord signIn(long occurrenceId, AudienceStore.Member member, Instant at, boolean late, long window) {
    em.createNativeQuery("""
            insert into attendance (occurrence_id, person_id, unit_code, signed_in_at, late, code_window)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (occurrence_id, person_id) do nothing
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, member.personId())
        .setParameter(3, member.unitCode())
        .setParameter(4, Timestamp.from(at))
        .setParameter(5, late)
        .setParameter(6, window)
        .executeUpdate();
    return find(occurrenceId, member.personId()).orElseThrow();
  }

  /** Records the sign-out if none was recorded yet, with a code newer than the one last used. */
  public int signOut(long occurrenceId, long personId, Instant at, boolean leftEarly, long window) {
    return em.createNativeQuery("""
            update attendance set signed_out_at = ?3, left_early = ?4, code_window = ?5
            where occurrence_id = ?1 and person_id = ?2 and signed_out_at is null and code_window < ?5
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, personId)
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, leftEarly)
        .setParameter(5, window)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public Optional<AttendanceRecord> find(long occurrenceId, long personId) {
    List<Object[]> rows = em.createNativeQuery("""
            select signed_in_at, signed_out_at, late, left_early, code_window from attendance
            where occurrence_id = ?1 and person_id = ?2
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, personId)
        .getResultList();
    return rows.stream().findFirst().map(row -> new AttendanceRecord(occurrenceId, personId, OccurrenceStore.instant(row[0]),
        row[1] == null ? null : OccurrenceStore.instant(row[1]), (Boolean) row[2], (Boolean) row[3], ((Number) row[4]).longValue()));
  }
}
