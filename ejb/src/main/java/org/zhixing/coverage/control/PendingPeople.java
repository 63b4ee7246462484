package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The people required by a plan who have not completed it, of some villages (whom supervision chases) or of a subtree
 * (the report's list): weak-and-lax villages first, then by unit.
 */
@ApplicationScoped
public class PendingPeople {

  /** A required person not done; {@code username} is null for someone without a sign-in name. */
  public record Person(long personId, String username, String name, String unitCode, String villageCode,
      boolean weakAndLax, boolean started, int itemsDone, BigDecimal creditHours) {

    public boolean hasAccount() {
      return username != null;
    }
  }

  /** The columns of a {@link Person}, from table {@code %2$s}, the sign-in name from {@code %1$s}. */
  private static final String COLUMNS = """
      select person_id, %1$s, name, unit_code, village_code, weak_and_lax, started_at is not null, items_done,
             credit_hours from %2$s
      """;
  private static final String NOT_DONE = " and left_at is null and completed_at is null";
  private static final String ORDER = " order by weak_and_lax desc, unit_path, person_id";

  @Inject RosterSql sql;

  public List<Person> of(long planId, Collection<String> villageCodes) {
    return sql.query(COLUMNS.formatted("username", "plan_roster")
            + " where plan_id = ? and village_code = any(?::bpchar[])" + NOT_DONE + ORDER,
        PendingPeople::person, planId, villageCodes.toArray(String[]::new));
  }

  /** Everyone not done in the subtree at {@code path}, at most {@code limit}; a snapshot keeps no sign-in names. */
  public List<Person> inSubtree(RosterSource roster, String path, int limit) {
    String username = roster.table().equals("plan_roster") ? "username" : "null";
    return sql.query(COLUMNS.formatted(username, roster.table())
            + " where " + roster.key() + " = ? and unit_path like ?"
            + NOT_DONE + ORDER + " limit ?",
        PendingPeople::person, roster.id(), path + "%", limit);
  }

  private static Person person(ResultSet rows) throws SQLException {
    return new Person(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
        rows.getBoolean(6), rows.getBoolean(7), rows.getInt(8), rows.getBigDecimal(9));
  }
}
