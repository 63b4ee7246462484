package org.zhixing.schedule.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sign-ins, sign-outs and corrections, once per learner and occurrence. Sign-in and sign-out are single conditional
 * statements, so a burst of scans and a learner tapping twice need no locks: the first sign-in wins and the repeats
 * change nothing. Every write ends in {@link #written}, which settles the person's credit hours and, when they count as
 * present, tells other features.
 */
@ApplicationScoped
public class AttendanceBook {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  @Inject AttendanceCredits credits;
  @Inject Event<AttendanceCounted> counted;

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
    return written(occurrenceId, member.personId());
  }

  /** Records the sign-out if none was recorded yet, with a code newer than the one last used. */
  public AttendanceRecord signOut(long occurrenceId, long personId, Instant at, boolean leftEarly, long window) {
    em.createNativeQuery("""
            update attendance set signed_out_at = ?3, left_early = ?4, code_window = ?5
            where occurrence_id = ?1 and person_id = ?2 and signed_out_at is null and code_window < ?5
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, personId)
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, leftEarly)
        .setParameter(5, window)
        .executeUpdate();
    return written(occurrenceId, personId);
  }

  /**
   * Replaces a person's attendance by what a trainer corrected it to ({@link AttendanceCorrection#applyTo}). Plain JDBC
   * in the same transaction, since the times may be empty and a typed null is what PostgreSQL needs for them.
   */
  public AttendanceRecord correct(AudienceStore.Member member, AttendanceRecord corrected, Instant at) {
    try (Connection db = dataSource.getConnection(); PreparedStatement upsert = db.prepareStatement("""
        insert into attendance (occurrence_id, person_id, unit_code, signed_in_at, signed_out_at, late, left_early,
                                code_window, absent, corrected_by, corrected_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (occurrence_id, person_id) do update set signed_in_at = excluded.signed_in_at,
          signed_out_at = excluded.signed_out_at, late = excluded.late, left_early = excluded.left_early,
          absent = excluded.absent, corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at
        """)) {
      upsert.setLong(1, corrected.occurrenceId());
      upsert.setLong(2, member.personId());
      upsert.setString(3, member.unitCode());
      upsert.setObject(4, timestamp(corrected.signedInAt()), Types.TIMESTAMP_WITH_TIMEZONE);
      upsert.setObject(5, timestamp(corrected.signedOutAt()), Types.TIMESTAMP_WITH_TIMEZONE);
      upsert.setBoolean(6, corrected.late());
      upsert.setBoolean(7, corrected.leftEarly());
      upsert.setLong(8, corrected.codeWindow());
      upsert.setBoolean(9, corrected.absent());
      upsert.setString(10, corrected.correctedBy());
      upsert.setObject(11, timestamp(at), Types.TIMESTAMP_WITH_TIMEZONE);
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Correcting attendance at occurrence " + corrected.occurrenceId() + " failed", e);
    }
    return written(corrected.occurrenceId(), member.personId());
  }

  @SuppressWarnings("unchecked")
  public Optional<AttendanceRecord> find(long occurrenceId, long personId) {
    List<Object[]> rows = em.createNativeQuery("""
            select signed_in_at, signed_out_at, late, left_early, code_window, absent, corrected_by from attendance
            where occurrence_id = ?1 and person_id = ?2
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, personId)
        .getResultList();
    return rows.stream().findFirst().map(row -> new AttendanceRecord(occurrenceId, personId, OccurrenceStore.instantOrNull(row[0]),
        OccurrenceStore.instantOrNull(row[1]), (Boolean) row[2], (Boolean) row[3], ((Number) row[4]).longValue(),
        (Boolean) row[5], (String) row[6]));
  }

  /** The record as it now stands, its credit hours awarded or withdrawn to match, announced when present. */
  private AttendanceRecord written(long occurrenceId, long personId) {
    AttendanceRecord record = find(occurrenceId, personId).orElseThrow();
    credits.settle(record);
    if (record.isPresent()) {
      counted.fire(presence(record));
    }
    return record;
  }

  private AttendanceCounted presence(AttendanceRecord record) {
    Object[] row = (Object[]) em.createNativeQuery("""
            select o.session_id, coalesce(c.hours, 0)
            from session_occurrence o
            left join attendance_credit c on c.occurrence_id = o.id and c.person_id = ?2
            where o.id = ?1
            """)
        .setParameter(1, record.occurrenceId())
        .setParameter(2, record.personId())
        .getSingleResult();
    return new AttendanceCounted(((Number) row[0]).longValue(), record.personId(), record.signedInAt(),
        (BigDecimal) row[1]);
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
