package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.schedule.entity.Occurrence;
import org.zhixing.schedule.entity.TrainingSession;

/**
 * Keeps {@code session_occurrence} equal to what a session's rule and exceptions give. Rows are matched by their
 * original start, so an occurrence keeps its id (and its sign-ins) when it is moved or cancelled.
 */
@ApplicationScoped
public class OccurrenceStore {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public void write(TrainingSession session) {
    List<Occurrence> occurrences = session.occurrences();
    for (Occurrence occurrence : occurrences) {
      em.createNativeQuery("""
              insert into session_occurrence (session_id, original_start, starts_at, ends_at, cancelled)
              values (?1, ?2, ?3, ?4, ?5)
              on conflict (session_id, original_start)
              do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at, cancelled = excluded.cancelled
              """)
          .setParameter(1, session.id())
          .setParameter(2, Timestamp.from(occurrence.originalStart()))
          .setParameter(3, Timestamp.from(occurrence.start()))
          .setParameter(4, Timestamp.from(occurrence.end()))
          .setParameter(5, occurrence.cancelled())
          .executeUpdate();
    }
    em.createNativeQuery("delete from session_occurrence where session_id = ?1 and original_start not in (?2)")
        .setParameter(1, session.id())
        .setParameter(2, occurrences.stream().map(o -> Timestamp.from(o.originalStart())).toList())
        .executeUpdate();
  }

  public List<StoredOccurrence> of(long sessionId) {
    return rows("where session_id = ?1 order by original_start", sessionId);
  }

  public Optional<StoredOccurrence> find(long occurrenceId) {
    return rows("where id = ?1", occurrenceId).stream().findFirst();
  }

  /**
   * The occurrences of published (or since cancelled) sessions whose audience holds {@code username} and that end at
   * or after {@code from} and start before {@code until}, soonest first.
   */
  public Page<StoredOccurrence> attendedBy(String username, Instant from, Instant until, PageRequest page) {
    String where = """
        from session_occurrence o
        join session_audience a on a.session_id = o.session_id and a.username = ?1
        join training_session s on s.id = o.session_id and s.status <> 'DRAFT'
        where o.ends_at >= ?2 and o.starts_at < ?3 and (a.left_at is null or o.starts_at < a.left_at)
        """;
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "select o.id, o.session_id, o.original_start, o.starts_at, o.ends_at, o.cancelled " + where
                + " order by o.starts_at, o.id")
        .setParameter(1, username)
        .setParameter(2, Timestamp.from(from))
        .setParameter(3, Timestamp.from(until))
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    long total = ((Number) em.createNativeQuery("select count(*) " + where)
        .setParameter(1, username)
        .setParameter(2, Timestamp.from(from))
        .setParameter(3, Timestamp.from(until))
        .getSingleResult()).longValue();
    return Page.of(rows.stream().map(OccurrenceStore::occurrence).toList(), page, total);
  }

  /**
   * The occurrences of sessions organized in a subtree (drafts too) overlapping {@code [from, until)}, by start; at
   * most {@code limit}, which a calendar month never reaches.
   */
  @SuppressWarnings("unchecked")
  public List<StoredOccurrence> organizedWithin(String scopePath, Instant from, Instant until, int limit) {
    List<Object[]> rows = em.createNativeQuery("""
            select o.id, o.session_id, o.original_start, o.starts_at, o.ends_at, o.cancelled
            from session_occurrence o join training_session s on s.id = o.session_id
            where s.organizer_path like ?1 and o.ends_at > ?2 and o.starts_at < ?3
            order by o.starts_at, o.id
            """)
        .setParameter(1, scopePath + "%")
        .setParameter(2, Timestamp.from(from))
        .setParameter(3, Timestamp.from(until))
        .setMaxResults(limit)
        .getResultList();
    return rows.stream().map(OccurrenceStore::occurrence).toList();
  }

  @SuppressWarnings("unchecked")
  private List<StoredOccurrence> rows(String where, Object parameter) {
    List<Object[]> rows = em.createNativeQuery(
            "select id, session_id, original_start, starts_at, ends_at, cancelled from session_occurrence " + where)
        .setParameter(1, parameter)
        .getResultList();
    return rows.stream().map(OccurrenceStore::occurrence).toList();
  }

  private static StoredOccurrence occurrence(Object[] row) {
    return new StoredOccurrence(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2]),
        instant(row[3]), instant(row[4]), (Boolean) row[5]);
  }

  public static Instant instantOrNull(Object value) {
    return value == null ? null : instant(value);
  }

  public static Instant instant(Object value) {
    return switch (value) {
      case Instant instant -> instant;
      case Timestamp timestamp -> timestamp.toInstant();
      case java.time.OffsetDateTime offset -> offset.toInstant();
      default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    };
  }
}
