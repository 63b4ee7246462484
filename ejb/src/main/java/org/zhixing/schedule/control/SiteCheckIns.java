package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/**
 * The sites of remote sessions: every unit holding people of a session's audience is a site (a village activity
 * room, for the village cadres watching together). A site checks in once per occurrence and may then update its
 * count; who it names as present is kept in {@code site_attendee}. Sites are derived from {@code session_audience}
 * by grouping, so nothing is stored for the 4,840 rooms before they check in.
 */
@ApplicationScoped
public class SiteCheckIns {

  private static final String SITES = """
      from (select unit_code, count(*) as expected from session_audience
            where session_id = ?1 and unit_code like ?3 group by unit_code) a
      left join site_check_in c on c.occurrence_id = ?2 and c.site_unit_code = a.unit_code
      """;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** How many of the session's audience the unit holds; 0 means the unit is no site of the session. */
  public long expectedAt(long sessionId, String unitCode) {
    return ((Number) em.createNativeQuery("select count(*) from session_audience where session_id = ?1 and unit_code = ?2")
        .setParameter(1, sessionId)
        .setParameter(2, unitCode)
        .getSingleResult()).longValue();
  }

  /** Checks the site in; a site that checked in before keeps its first time and gets the new count. */
  public void checkIn(long occurrenceId, String siteUnitCode, int presentCount, String by, Instant at) {
    em.createNativeQuery("""
            insert into site_check_in (occurrence_id, site_unit_code, checked_in_at, updated_at, present_count, checked_by)
            values (?1, ?2, ?3, ?3, ?4, ?5)
            on conflict (occurrence_id, site_unit_code)
            do update set updated_at = excluded.updated_at, present_count = excluded.present_count,
                          checked_by = excluded.checked_by
            """)
        .setParameter(1, occurrenceId)
        .setParameter(2, siteUnitCode)
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, presentCount)
        .setParameter(5, by)
        .executeUpdate();
  }

  /** Adds people the site names as present; naming someone again changes nothing. */
  public void addAttendees(long occurrenceId, String siteUnitCode, Collection<Long> personIds) {
    for (long personId : personIds) {
      em.createNativeQuery("""
              insert into site_attendee (occurrence_id, site_unit_code, person_id) values (?1, ?2, ?3)
              on conflict do nothing
              """)
          .setParameter(1, occurrenceId)
          .setParameter(2, siteUnitCode)
          .setParameter(3, personId)
          .executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  public List<Long> attendees(long occurrenceId, String siteUnitCode) {
    List<Number> ids = em.createNativeQuery(
            "select person_id from site_attendee where occurrence_id = ?1 and site_unit_code = ?2 order by person_id")
        .setParameter(1, occurrenceId)
        .setParameter(2, siteUnitCode)
        .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** The ids of the session's audience people at this site, in id order. */
  @SuppressWarnings("unchecked")
  public List<Long> expectedPeople(long sessionId, String siteUnitCode) {
    List<Number> ids = em.createNativeQuery(
            "select person_id from session_audience where session_id = ?1 and unit_code = ?2 order by person_id")
        .setParameter(1, sessionId)
        .setParameter(2, siteUnitCode)
        .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  public Optional<SiteCheckIn> find(long sessionId, long occurrenceId, String siteUnitCode) {
    return sites(sessionId, occurrenceId, siteUnitCode, false, 0, 1).stream().findFirst();
  }

  /** The sites within a subtree ({@link DivisionCodes#subtreePrefix}), missing ones only if asked, by unit code. */
  public Page<SiteCheckIn> page(long sessionId, long occurrenceId, String prefix, boolean missingOnly, PageRequest page) {
    List<SiteCheckIn> items = sites(sessionId, occurrenceId, prefix, missingOnly, page.offset(), page.size());
    Query count = em.createNativeQuery("select count(*) " + SITES + (missingOnly ? " where c.site_unit_code is null" : ""));
    long total = ((Number) bind(count, sessionId, occurrenceId, prefix).getSingleResult()).longValue();
    return Page.of(items, page, total);
  }

  /** Every site within a subtree, by unit code: for the roster's second sheet. */
  public List<SiteCheckIn> all(long sessionId, long occurrenceId, String prefix) {
    return sites(sessionId, occurrenceId, prefix, false, 0, Integer.MAX_VALUE);
  }

  @SuppressWarnings("unchecked")
  private List<SiteCheckIn> sites(long sessionId, long occurrenceId, String prefix, boolean missingOnly, int offset, int limit) {
    Query query = em.createNativeQuery("select a.unit_code, a.expected, c.checked_in_at, c.present_count, c.checked_by "
        + SITES + (missingOnly ? " where c.site_unit_code is null" : "") + " order by a.unit_code");
    List<Object[]> rows = bind(query, sessionId, occurrenceId, prefix).setFirstResult(offset).setMaxResults(limit).getResultList();
    return rows.stream().map(row -> new SiteCheckIn(((String) row[0]).strip(), ((Number) row[1]).longValue(),
        OccurrenceStore.instantOrNull(row[2]), row[3] == null ? null : ((Number) row[3]).intValue(), (String) row[4])).toList();
  }

  private static Query bind(Query query, long sessionId, long occurrenceId, String prefix) {
    return query.setParameter(1, sessionId).setParameter(2, occurrenceId).setParameter(3, prefix + "%");
  }
}
