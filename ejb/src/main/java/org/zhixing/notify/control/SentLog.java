package org.zhixing.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Which people a topic already reached on which channel. Claiming is one {@code INSERT … ON CONFLICT DO NOTHING
 * RETURNING} over the whole list, in the sending transaction: whoever commits first owns a delivery, a concurrent
 * sender (another node, an overlapping sweep) waits for that commit and then gets nobody back.
 */
@ApplicationScoped
public class SentLog {

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  /** Records the deliveries and returns the usernames that had none yet for this topic and channel. */
  public List<String> claim(String topic, String channel, Collection<String> usernames) {
    String sql = """
        insert into notification_sent (topic, channel, username)
        select ?, ?, u from unnest(?::varchar[]) u
        on conflict do nothing
        returning username
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(sql)) {
      insert.setString(1, topic);
      insert.setString(2, channel);
      insert.setArray(3, db.createArrayOf("varchar", usernames.stream().distinct().toArray()));
      List<String> fresh = new ArrayList<>();
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          fresh.add(rows.getString(1));
        }
      }
      return fresh;
    } catch (SQLException e) {
      throw new IllegalStateException("Recording deliveries of " + topic + " failed", e);
    }
  }

  /** How many people a topic reached, by channel. */
  public Map<String, Long> counts(String topic) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement(
            "select channel, count(*) from notification_sent where topic = ? group by channel")) {
      query.setString(1, topic);
      Map<String, Long> counts = new TreeMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("Counting deliveries of " + topic + " failed", e);
    }
  }
}
