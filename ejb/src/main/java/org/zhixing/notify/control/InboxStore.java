package org.zhixing.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/** Reading one person's inbox, newest first, and marking notices read. Every query is bounded by the username. */
@ApplicationScoped
public class InboxStore {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @SuppressWarnings("unchecked")
  public Page<InboxEntry> page(String username, boolean unreadOnly, PageRequest page) {
    String where = " from notification where username = ?1" + (unreadOnly ? " and read_at is null" : "");
    List<Object[]> rows = em.createNativeQuery(
            "select id, kind, topic, title, body, link, created_at, read_at" + where + " order by id desc")
        .setParameter(1, username)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
    return Page.of(rows.stream().map(InboxStore::entry).toList(), page, count(where, username));
  }

  public long unread(String username) {
    return count(" from notification where username = ?1 and read_at is null", username);
  }

  /** Marks one notice read (again: unchanged); false when the user has no such notice. */
  public boolean markRead(String username, long id) {
    return em.createNativeQuery(
            "update notification set read_at = coalesce(read_at, now()) where id = ?1 and username = ?2")
        .setParameter(1, id)
        .setParameter(2, username)
        .executeUpdate() == 1;
  }

  public int markAllRead(String username) {
    return em.createNativeQuery("update notification set read_at = now() where username = ?1 and read_at is null")
        .setParameter(1, username)
        .executeUpdate();
  }

  private long count(String where, String username) {
    return ((Number) em.createNativeQuery("select count(*)" + where).setParameter(1, username).getSingleResult()).longValue();
  }

  private static InboxEntry entry(Object[] row) {
    return new InboxEntry(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
        (String) row[4], (String) row[5], instant(row[6]), row[7] == null ? null : instant(row[7]));
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case Instant instant -> instant;
      case Timestamp timestamp -> timestamp.toInstant();
      case OffsetDateTime offset -> offset.toInstant();
      default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    };
  }
}
