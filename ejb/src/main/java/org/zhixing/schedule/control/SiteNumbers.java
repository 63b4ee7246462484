package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sites of a remote session in the organizer's live view: expected, checked in, missing and the people the rooms
 * count as present, in total and by the units one level below the organizer, as {@link LiveNumbers} groups people.
 * Two grouped scans (the audience's units, the occurrence's check-ins); 4,840 sites cost what 48 do.
 */
@ApplicationScoped
public class SiteNumbers {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Sites expected, checked in and missing, and the people present in the rooms that checked in. */
  public record SiteCounts(long expected, long checkedIn, long missing, long present) {
    SiteCounts plus(SiteCounts other) {
      return new SiteCounts(expected + other.expected, checkedIn + other.checkedIn, missing + other.missing,
          present + other.present);
    }
  }

  /** Counts by the code of the unit one level below {@code organizerCode}, in code order. */
  @SuppressWarnings("unchecked")
  public Map<String, SiteCounts> byUnit(long sessionId, long occurrenceId, String organizerCode) {
    int prefix = LiveNumbers.groupingPrefix(organizerCode);
    Map<String, SiteCounts> counts = new TreeMap<>();
    List<Object[]> expected = em.createNativeQuery("""
            select substr(unit_code, 1, ?2), count(distinct unit_code) from session_audience where session_id = ?1
            group by 1
            """)
        .setParameter(1, sessionId)
        .setParameter(2, prefix)
        .getResultList();
    expected.forEach(row -> counts.merge(LiveNumbers.unitCode(row[0]),
        new SiteCounts(LiveNumbers.number(row[1]), 0, LiveNumbers.number(row[1]), 0), SiteCounts::plus));
    List<Object[]> checkedIn = em.createNativeQuery("""
            select substr(site_unit_code, 1, ?2), count(*), sum(present_count) from site_check_in
            where occurrence_id = ?1 group by 1
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, prefix)
        .getResultList();
    checkedIn.forEach(row -> counts.merge(LiveNumbers.unitCode(row[0]),
        new SiteCounts(0, LiveNumbers.number(row[1]), -LiveNumbers.number(row[1]), LiveNumbers.number(row[2])), SiteCounts::plus));
    return counts;
  }

  public static SiteCounts total(Map<String, SiteCounts> byUnit) {
    return byUnit.values().stream().reduce(new SiteCounts(0, 0, 0, 0), SiteCounts::plus);
  }
}
