package org.zhixing.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.zhixing.notify.entity.Notice;

/** The portal inbox behind the bell in the header: always active, one row per person, one statement per notice. */
@ApplicationScoped
public class InboxChannel implements ReminderChannel {

  public static final String NAME = "INBOX";

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean active() {
    return true;
  }

  @Override
  public void deliver(Notice notice, List<String> usernames) {
    String sql = """
        insert into notification (username, kind, topic, title, body, link)
        select u, ?, ?, ?, ?, ? from unnest(?::varchar[]) u
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(sql)) {
      insert.setString(1, notice.kind());
      insert.setString(2, notice.topic());
      insert.setString(3, notice.title());
      insert.setString(4, notice.body());
      insert.setString(5, notice.link());
      insert.setArray(6, db.createArrayOf("varchar", usernames.toArray()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing " + notice.topic() + " into the inbox failed", e);
    }
  }
}
