package org.zhixing.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/**
 * Writes and reads the audit log. Recording needs the caller's transaction ({@code MANDATORY}): an entry commits with
 * its change or not at all. The states before and after are kept as JSON objects ({@code jsonb}), so that any feature
 * can record whatever fields its subjects have.
 */
@ApplicationScoped
public class AuditLog {

  private static final String COLUMNS =
      """
      id, at, actor_username, actor_name, action, subject_type, subject_id, subject_label, unit_path,
      before_state::text, after_state::text, reason
      """;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * Records one change made by {@code actor}; the states map field names to plain values (strings, numbers, booleans,
   * lists, nulls) and may be null for a creation or a removal.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Caller actor, String action, AuditSubject subject, Map<String, ?> before, Map<String, ?> after, String reason) {
    em.createNativeQuery(
            """
            insert into audit_entry (at, actor_username, actor_name, action, subject_type, subject_id, subject_label,
                                     unit_path, before_state, after_state, reason)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb), cast(?10 as jsonb), ?11)
            """)
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, actor.username())
        .setParameter(3, actor.displayName())
        .setParameter(4, action)
        .setParameter(5, subject.type())
        .setParameter(6, subject.id())
        .setParameter(7, subject.label())
        .setParameter(8, subject.unitPath())
        .setParameter(9, AuditStates.json(before))
        .setParameter(10, AuditStates.json(after))
        .setParameter(11, reason == null || reason.isBlank() ? null : reason.strip())
        .executeUpdate();
  }

  /** Entries matching the query, newest first. */
  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    Where where = Where.of(query);
    String newestFirst = "select " + COLUMNS + " from audit_entry" + where.sql + " order by at desc, id desc";
    Query rows = where.bind(em.createNativeQuery(newestFirst)).setFirstResult(page.offset()).setMaxResults(page.size());
    List<AuditEntry> items = new ArrayList<>();
    for (Object row : rows.getResultList()) {
      items.add(entry((Object[]) row));
    }
    Number total =
        (Number) where.bind(em.createNativeQuery("select count(*) from audit_entry" + where.sql)).getSingleResult();
    return Page.of(items, page, total.longValue());
  }

  private static AuditEntry entry(Object[] r) {
    return new AuditEntry(
        ((Number) r[0]).longValue(),
        instant(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        new AuditSubject((String) r[5], (String) r[6], (String) r[7], (String) r[8]),
        object((String) r[9]),
        object((String) r[10]),
        (String) r[11]);
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  private static JsonObject object(String json) {
    if (json == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** The where clause of a query and its parameters in order. */
  private record Where(String sql, List<Object> parameters) {

    static Where of(AuditQuery query) {
      StringBuilder sql = new StringBuilder(" where unit_path like ?1");
      List<Object> parameters = new ArrayList<>(List.of(query.unitPath() + "%"));
      if (query.action() != null) {
        parameters.add(query.action());
        sql.append(" and action = ?").append(parameters.size());
      }
      if (query.subjectType() != null) {
        parameters.add(query.subjectType());
        sql.append(" and subject_type = ?").append(parameters.size());
      }
      if (query.actor() != null) {
        parameters.add(query.actor());
        sql.append(" and (actor_username = ?").append(parameters.size())
            .append(" or strpos(actor_name, ?").append(parameters.size()).append(") > 0)");
      }
      if (query.from() != null) {
        parameters.add(Timestamp.from(query.from()));
        sql.append(" and at >= ?").append(parameters.size());
      }
      if (query.to() != null) {
        parameters.add(Timestamp.from(query.to()));
        sql.append(" and at < ?").append(parameters.size());
      }
      return new Where(sql.toString(), parameters);
    }

    Query bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }
}
