package org.zhixing.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Where mail and SMS reach a person: the mail address they gave, and a mobile number — the one they gave, else their
 * sign-in name when it is one (imported people sign in with their mobile number).
 */
@ApplicationScoped
public class ContactBook {

  private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  /** Mail addresses by username, for those of {@code usernames} who gave one. */
  public Map<String, String> mailAddresses(List<String> usernames) {
    return contacts("email", usernames);
  }

  /** Mobile numbers by username, for those of {@code usernames} who have one. */
  public Map<String, String> mobiles(List<String> usernames) {
    Map<String, String> mobiles = new HashMap<>();
    usernames.stream().filter(ContactBook::isMobile).forEach(username -> mobiles.put(username, username));
    mobiles.putAll(contacts("mobile", usernames));
    return mobiles;
  }

  /** Sets (or, with nulls, clears) the caller's own addresses. */
  public void save(String username, String email, String mobile) {
    String sql = """
        insert into notification_contact (username, email, mobile) values (?, ?, ?)
        on conflict (username) do update set email = excluded.email, mobile = excluded.mobile
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement upsert = db.prepareStatement(sql)) {
      upsert.setString(1, username);
      upsert.setString(2, email);
      upsert.setString(3, mobile);
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Saving the contact of " + username + " failed", e);
    }
  }

  public static boolean isMobile(String text) {
    return text != null && MAINLAND_MOBILE.matcher(text).matches();
  }

  private Map<String, String> contacts(String column, List<String> usernames) {
    String sql = "select username, " + column + " from notification_contact where username = any(?::varchar[]) and "
        + column + " is not null";
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setArray(1, db.createArrayOf("varchar", usernames.toArray()));
      Map<String, String> found = new HashMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getString(2));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading contacts failed", e);
    }
  }
}
