package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Credit hours (学时) earned by attendance, once per occurrence and person: the key of {@code attendance_credit} makes a
 * second award a no-op, so a repeated scan, a sign-out or a correction never adds hours twice. An attendance that no
 * longer earns credit (corrected to absent) loses its award; one that earns it again is awarded at the hours then in
 * force. The hours are the session's own or those of its mode and level ({@link CreditRules}).
 */
@ApplicationScoped
public class AttendanceCredits {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Awards or withdraws the hours of this attendance as {@link AttendanceRecord#earnsCredit} says. */
  public void settle(AttendanceRecord record) {
    if (record.earnsCredit()) {
      em.createNativeQuery("""
              insert into attendance_credit (occurrence_id, person_id, hours, awarded_at)
              select o.id, ?2, coalesce(sc.hours, r.hours, 0), now()
              from session_occurrence o
              join training_session s on s.id = o.session_id
              left join session_credit sc on sc.session_id = s.id
              left join session_credit_rule r on r.mode = s.mode and r.level = s.level
              where o.id = ?1 and coalesce(sc.hours, r.hours, 0) > 0
              on conflict (occurrence_id, person_id) do nothing
              """)
          .setParameter(1, record.occurrenceId())
          .setParameter(2, record.personId())
          .executeUpdate();
    } else {
      em.createNativeQuery("delete from attendance_credit where occurrence_id = ?1 and person_id = ?2")
          .setParameter(1, record.occurrenceId())
          .setParameter(2, record.personId())
          .executeUpdate();
    }
  }
}
