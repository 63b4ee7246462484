package org.zhixing.schedule.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.zhixing.org.boundary.PersonRef;

/**
 * Brings a published session's stored audience to what its rule gives now, in three set-based statements whatever the
 * audience's size: newcomers are added (and people who come back are expected again), changed units and names follow,
 * and people no longer picked leave — deleted when they never signed in to any of its occurrences, otherwise kept with
 * {@code left_at}, so that past occurrences still count them as expected and later ones do not.
 */
@ApplicationScoped
public class AudienceUpdate {

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  /** How the audience changed: people new to it, and people who left it. */
  public record Change(int joined, int left) {}

  public Change apply(long sessionId, List<PersonRef> people, Set<Long> addedIds) {
    try (Connection db = dataSource.getConnection()) {
      Array ids = db.createArrayOf("bigint", people.stream().map(PersonRef::id).toArray());
      int joined = upsert(db, sessionId, people, addedIds, ids);
      int left = update(db, """
          update session_audience a set left_at = now()
          where a.session_id = ? and a.left_at is null and not (a.person_id = any(?::bigint[]))
            and exists (select 1 from attendance t join session_occurrence o on o.id = t.occurrence_id
                        where o.session_id = a.session_id and t.person_id = a.person_id)
          """, sessionId, ids);
      left += update(db, """
          delete from session_audience a
          where a.session_id = ? and a.left_at is null and not (a.person_id = any(?::bigint[]))
          """, sessionId, ids);
      return new Change(joined, left);
    } catch (SQLException e) {
      throw new IllegalStateException("Updating the audience of session " + sessionId + " failed", e);
    }
  }

  /** Adds newcomers and returns their number; the rows of people already there follow their unit, name and return. */
  private static int upsert(Connection db, long sessionId, List<PersonRef> people, Set<Long> addedIds, Array ids)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        with wanted (person_id, username, unit_code, added) as (
          select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::boolean[])),
        written as (
          insert into session_audience (session_id, person_id, username, unit_code, added)
          select ?, * from wanted
          on conflict (session_id, person_id) do update
            set username = excluded.username, unit_code = excluded.unit_code, added = excluded.added, left_at = null
            where (session_audience.username, session_audience.unit_code, session_audience.added)
                  is distinct from (excluded.username, excluded.unit_code, excluded.added)
               or session_audience.left_at is not null
          returning xmax = 0 as inserted)
        select count(*) from written where inserted
        """)) {
      insert.setArray(1, ids);
      insert.setArray(2, db.createArrayOf("varchar", people.stream().map(PersonRef::username).toArray()));
      insert.setArray(3, db.createArrayOf("varchar", people.stream().map(PersonRef::unitCode).toArray()));
      insert.setArray(4, db.createArrayOf("boolean", people.stream().map(p -> addedIds.contains(p.id())).toArray()));
      insert.setLong(5, sessionId);
      try (var rows = insert.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static int update(Connection db, String sql, long sessionId, Array ids) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, sessionId);
      statement.setArray(2, ids);
      return statement.executeUpdate();
    }
  }
}
