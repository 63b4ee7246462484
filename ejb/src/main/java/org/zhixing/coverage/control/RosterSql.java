package org.zhixing.coverage.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC on the application's datasource, enlisted in the caller's transaction, for the roster tables: a city's
 * roster is 30,000 rows that no entity needs to hold.
 */
@ApplicationScoped
public class RosterSql {

  /** Reads one result row. */
  public interface Row<T> {
    T read(ResultSet rows) throws SQLException;
  }

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      List<T> results = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          results.add(row.read(rows));
        }
      }
      return results;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading plan rosters failed", e);
    }
  }

  /** Runs a statement (an update, or a select … for update taking its locks). */
  public void execute(String sql, Object... parameters) {
    try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Updating plan rosters failed", e);
    }
  }

  /** A parameter that carries one column of many rows, sent as an SQL array of {@code type} (e.g. int8, timestamptz). */
  public record Column(String type, Object[] values) {}

  /** Runs a statement whose parameters may include {@link Column}s: many rows in one statement, for bulk writes. */
  public void executeWithColumns(String sql, Object... parameters) {
    try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] instanceof Column column) {
          statement.setArray(i + 1, db.createArrayOf(column.type(), column.values()));
        } else {
          statement.setObject(i + 1, parameters[i]);
        }
      }
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing plan rosters failed", e);
    }
  }

  /** Runs one statement for each of {@code rows}, in batches. */
  public <T> void batch(String sql, Iterable<T> rows, Binder<T> binder) {
    try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing plan rosters failed", e);
    }
  }

  /** Sets the parameters of one row of a batch. */
  public interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
