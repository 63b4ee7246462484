package org.zhixing.schedule.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.zhixing.notify.entity.Recipient;

/** What the reminder sweep reads: occurrences starting soon, and who of an audience can be reached (has an account). */
@ApplicationScoped
public class ReminderStore {

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  private static final String OCCURRENCES = """
      select o.id, o.session_id, s.title, o.starts_at, o.ends_at, s.venue_name, s.stream_url
      from session_occurrence o join training_session s on s.id = o.session_id
      """;

  /** Occurrences of published sessions, not cancelled, starting after {@code from} and no later than {@code until}. */
  public List<DueOccurrence> startingBetween(Instant from, Instant until) {
    String where = """
        where s.status = 'PUBLISHED' and not o.cancelled and o.starts_at > ? and o.starts_at <= ?
        order by o.starts_at, o.id
        """;
    return occurrences(where, query -> {
      query.setTimestamp(1, Timestamp.from(from));
      query.setTimestamp(2, Timestamp.from(until));
    });
  }

  public Optional<DueOccurrence> occurrence(long occurrenceId) {
    return occurrences("where o.id = ?", query -> query.setLong(1, occurrenceId)).stream().findFirst();
  }

  private interface Parameters {
    void set(PreparedStatement query) throws SQLException;
  }

  private List<DueOccurrence> occurrences(String where, Parameters parameters) {
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(OCCURRENCES + where)) {
      parameters.set(query);
      List<DueOccurrence> found = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          found.add(new DueOccurrence(row.getLong(1), row.getLong(2), row.getString(3), row.getTimestamp(4).toInstant(),
              row.getTimestamp(5).toInstant(), row.getString(6), row.getString(7)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading occurrences for reminders failed", e);
    }
  }

  /** The audience people with an account, who are still expected: one query, however large the audience. */
  public List<Recipient> recipients(long sessionId) {
    String sql = "select username from session_audience where session_id = ? and left_at is null and username is not null";
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, sessionId);
      query.setFetchSize(5000);
      List<Recipient> recipients = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          recipients.add(new Recipient(row.getString(1)));
        }
      }
      return recipients;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the audience of session " + sessionId + " failed", e);
    }
  }
}
