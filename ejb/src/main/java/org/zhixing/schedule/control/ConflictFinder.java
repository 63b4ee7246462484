package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Finds what a session's stored occurrences collide with among the other published sessions. Each check is one query
 * over the occurrences' time ranges (a GiST index), however long the series.
 */
@ApplicationScoped
public class ConflictFinder {

  static final int SAMPLE = 10;

  /** Occurrence pairs of this session ({@code o1}) and another published one ({@code o2}, {@code s2}) that overlap. */
  private static final String OVERLAPS = """
      from session_occurrence o1
      join session_occurrence o2
        on tstzrange(o2.starts_at, o2.ends_at) && tstzrange(o1.starts_at, o1.ends_at) and not o2.cancelled
      join training_session s2 on s2.id = o2.session_id and s2.status = 'PUBLISHED' and s2.id <> o1.session_id
      """;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public ConflictReport check(TrainingSession session, List<PersonRef> audience) {
    return new ConflictReport(
        venue(session), trainers(session), audienceBusy(session, audience), audienceSample(session, audience),
        audience.size(), session.venue().capacity());
  }

  private List<Clash> venue(TrainingSession session) {
    if (session.venue().name() == null) {
      return List.of();
    }
    return clashes("""
        select distinct s2.venue_name, s2.id, s2.title, o2.starts_at, o2.ends_at
        """ + OVERLAPS + """
        where o1.session_id = ?1 and not o1.cancelled and lower(s2.venue_name) = lower(?2)
        order by o2.starts_at limit %d
        """.formatted(SAMPLE), session.id(), session.venue().name());
  }

  private List<Clash> trainers(TrainingSession session) {
    if (session.trainers().isEmpty()) {
      return List.of();
    }
    return clashes("""
        select distinct t2.username, s2.id, s2.title, o2.starts_at, o2.ends_at
        """ + OVERLAPS + """
        join session_trainer t2 on t2.session_id = s2.id
        where o1.session_id = ?1 and not o1.cancelled and t2.username in (?2)
        order by o2.starts_at limit %d
        """.formatted(SAMPLE), session.id(), List.copyOf(session.trainers()));
  }

  private long audienceBusy(TrainingSession session, List<PersonRef> audience) {
    if (audience.isEmpty()) {
      return 0;
    }
    return ((Number) em.createNativeQuery("select count(distinct a.person_id) " + OVERLAPS + """
            join session_audience a on a.session_id = s2.id
            where o1.session_id = ?1 and not o1.cancelled
              and a.person_id = any(cast(string_to_array(?2, ',') as bigint[]))
            """)
        .setParameter(1, session.id())
        .setParameter(2, ids(audience))
        .getSingleResult()).longValue();
  }

  private List<Clash> audienceSample(TrainingSession session, List<PersonRef> audience) {
    if (audience.isEmpty()) {
      return List.of();
    }
    Map<String, PersonRef> byId = audience.stream().collect(Collectors.toMap(p -> String.valueOf(p.id()), Function.identity()));
    return clashes("""
        select distinct cast(a.person_id as varchar), s2.id, s2.title, o2.starts_at, o2.ends_at
        """ + OVERLAPS + """
        join session_audience a on a.session_id = s2.id
        where o1.session_id = ?1 and not o1.cancelled and a.person_id = any(cast(string_to_array(?2, ',') as bigint[]))
        order by o2.starts_at limit %d
        """.formatted(SAMPLE), session.id(), ids(audience)).stream()
        .map(clash -> new Clash(byId.get(clash.subject()).name(), clash.sessionId(), clash.title(), clash.start(), clash.end()))
        .toList();
  }

  /** The ids as one text parameter: a 30,000-element list would be 30,000 bind parameters. */
  private static String ids(List<PersonRef> audience) {
    return audience.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(","));
  }

  @SuppressWarnings("unchecked")
  private List<Clash> clashes(String sql, Object first, Object second) {
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).getResultList();
    return rows.stream()
        .map(row -> new Clash((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
            OccurrenceStore.instant(row[3]), OccurrenceStore.instant(row[4])))
        .toList();
  }
}
