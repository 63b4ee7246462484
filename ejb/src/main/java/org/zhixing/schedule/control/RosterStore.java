package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/**
 * The roster of one occurrence: every person the session expects within a subtree, by unit and id, with their
 * attendance and credit hours. Absent people are rows too (no attendance), which is what a roster is for.
 */
@ApplicationScoped
public class RosterStore {

  private static final String FROM = """
      from session_audience a
      left join attendance t on t.occurrence_id = ?2 and t.person_id = a.person_id
      left join attendance_credit c on c.occurrence_id = ?2 and c.person_id = a.person_id
      where a.session_id = ?1
      """;

  private static final String COLUMNS = """
      select a.person_id, a.unit_code, t.person_id, t.signed_in_at, t.signed_out_at, t.late, t.left_early,
             t.code_window, t.absent, t.corrected_by, c.hours
      """;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public Page<RosterEntry> page(long sessionId, long occurrenceId, String prefix, PageRequest page) {
    List<RosterEntry> items = entries(sessionId, occurrenceId, prefix, page.offset(), page.size());
    long total = ((Number) em.createNativeQuery("select count(*) from session_audience where session_id = ?1 and unit_code like ?2")
        .setParameter(1, sessionId)
        .setParameter(2, prefix + "%")
        .getSingleResult()).longValue();
    return Page.of(items, page, total);
  }

  /** Up to {@code limit} entries from {@code offset}, in unit and id order. */
  @SuppressWarnings("unchecked")
  public List<RosterEntry> entries(long sessionId, long occurrenceId, String prefix, int offset, int limit) {
    List<Object[]> rows = em.createNativeQuery(COLUMNS + FROM + " and a.unit_code like ?3 order by a.unit_code, a.person_id")
        .setParameter(1, sessionId)
        .setParameter(2, occurrenceId)
        .setParameter(3, prefix + "%")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
    return rows.stream().map(row -> entry(occurrenceId, row)).toList();
  }

  /** The entry of one person of the audience. */
  @SuppressWarnings("unchecked")
  public Optional<RosterEntry> entry(long sessionId, long occurrenceId, long personId) {
    List<Object[]> rows = em.createNativeQuery(COLUMNS + FROM + " and a.person_id = ?3")
        .setParameter(1, sessionId)
        .setParameter(2, occurrenceId)
        .setParameter(3, personId)
        .getResultList();
    return rows.stream().findFirst().map(row -> entry(occurrenceId, row));
  }

  private static RosterEntry entry(long occurrenceId, Object[] row) {
    long personId = ((Number) row[0]).longValue();
    AttendanceRecord attendance = row[2] == null ? null
        : new AttendanceRecord(occurrenceId, personId, OccurrenceStore.instantOrNull(row[3]), OccurrenceStore.instantOrNull(row[4]),
            (Boolean) row[5], (Boolean) row[6], ((Number) row[7]).longValue(), (Boolean) row[8], (String) row[9]);
    return new RosterEntry(personId, ((String) row[1]).strip(), attendance, (BigDecimal) row[10]);
  }
}
