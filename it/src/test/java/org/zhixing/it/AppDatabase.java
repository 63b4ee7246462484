package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The application's database, for tests that set up rows the API cannot (a completion dated last month, a person's
 * move) or count independently of the API what it should answer.
 */
final class AppDatabase {

  private AppDatabase() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(ZhixingTestEnvironment.current().database().jdbcUrl("zhixing"), "zhixing",
        "zhixing");
  }

  static void execute(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  /** The first column of the one row {@code sql} selects. */
  static String single(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      assertThat(rows.next()).as(sql).isTrue();
      return rows.getString(1);
    }
  }

  static long count(Connection db, String sql) throws SQLException {
    return Long.parseLong(single(db, sql));
  }
}
