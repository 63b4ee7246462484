package org.zhixing.schedule.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.zhixing.org.boundary.PersonRef;

/**
 * The people a published session expects, one row each. Written in one statement from arrays (30,000 rows in well
 * under a second), in the caller's transaction, so a publish that fails leaves no half audience.
 */
@ApplicationScoped
public class AudienceStore {

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  /** Who is in a session's audience, as a sign-in needs it. */
  public record Member(long personId, String unitCode) {}

  /** Replaces a session's audience by these people; those in {@code addedIds} came by name, not by the rule. */
  public int replace(long sessionId, List<PersonRef> people, Set<Long> addedIds) {
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement delete = db.prepareStatement("delete from session_audience where session_id = ?")) {
        delete.setLong(1, sessionId);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = db.prepareStatement("""
          insert into session_audience (session_id, person_id, username, unit_code, added)
          select ?, * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::boolean[])
          on conflict do nothing
          """)) {
        insert.setLong(1, sessionId);
        insert.setArray(2, db.createArrayOf("bigint", people.stream().map(PersonRef::id).toArray()));
        insert.setArray(3, db.createArrayOf("varchar", people.stream().map(PersonRef::username).toArray()));
        insert.setArray(4, db.createArrayOf("varchar", people.stream().map(PersonRef::unitCode).toArray()));
        insert.setArray(5, db.createArrayOf("boolean", people.stream().map(p -> addedIds.contains(p.id())).toArray()));
        return insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the audience of session " + sessionId + " failed", e);
    }
  }

  /** A current member by sign-in name: people who have left the audience no longer sign in. */
  public Optional<Member> member(long sessionId, String username) {
    return member(sessionId, "username = ? and left_at is null", username);
  }

  /** A member by person, also one who has left since: trainers correct past occurrences too. */
  public Optional<Member> member(long sessionId, long personId) {
    return member(sessionId, "person_id = ?", personId);
  }

  private Optional<Member> member(long sessionId, String condition, Object value) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement(
            "select person_id, unit_code from session_audience where session_id = ? and " + condition)) {
      query.setLong(1, sessionId);
      query.setObject(2, value);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(new Member(row.getLong(1), row.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the audience of session " + sessionId + " failed", e);
    }
  }

  /** The published sessions whose audience includes this sign-in name (for features attached to sessions). */
  public List<Long> sessionsOf(String username) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement("""
            select a.session_id from session_audience a join training_session s on s.id = a.session_id
            where a.username = ? and s.status = 'PUBLISHED'""")) {
      query.setString(1, username);
      List<Long> ids = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the sessions of " + username + " failed", e);
    }
  }
}
