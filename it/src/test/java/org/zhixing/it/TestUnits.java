package org.zhixing.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Org units and people of a test's own, written straight into the test database below a demo county and removed again
 * with everything that refers to them, so that tests which change the tree never change the demo tree other tests
 * count on. Codes use township numbers (99x) that the content pack does not have.
 */
final class TestUnits implements AutoCloseable {

  private final Connection db;
  private final String codePrefix;

  /** @param codePrefix the digits every unit of this test starts with: a demo county's six and {@code 99} */
  private TestUnits(Connection db, String codePrefix) {
    this.db = db;
    this.codePrefix = codePrefix;
  }

  static TestUnits open(String codePrefix) {
    try {
      return new TestUnits(AppDatabase.connect(), codePrefix);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a unit below an existing one, e.g. a township below a demo county, and returns its code. */
  String unit(String parentCode, String code, String name, String kind) {
    requireOwn(code);
    execute(
        """
        insert into org_unit (code, name, kind, parent_id, path, depth)
        select ?, ?, ?, id, path || ? || '/', depth + 1 from org_unit where code = ?
        """,
        code, name, kind, code, parentCode);
    return code;
  }

  /** Adds a serving person; their ID number is known by its last four characters only, as imports store it. */
  void person(String unitCode, String name, String phone, String idNumberTail) {
    execute(
        """
        insert into person (name, gender, phone, org_unit_id, id_number_tail)
        select ?, 'M', ?, id, ? from org_unit where code = ?
        """,
        name, phone, idNumberTail, unitCode);
    execute(
        "insert into person_position (person_id, position) select id, 'PARTY_SECRETARY' from person where phone = ?",
        phone);
  }

  /** A bare course owned by the unit, as the courseware keeps it: by the owner's code and a copy of its path. */
  long courseOwnedBy(String unitCode) {
    requireOwn(unitCode);
    return ((Number) single(
        """
        insert into course (owner_unit_code, owner_unit_path, created_by)
        select code, path, 'org-admin-it' from org_unit where code = ? returning id
        """,
        unitCode)).longValue();
  }

  String courseOwnerPath(long courseId) {
    return (String) single("select owner_unit_path from course where id = ?", courseId);
  }

  /** Removes the test's units, their people, plans, courses and audit entries. */
  @Override
  public void close() {
    String like = codePrefix + "%";
    execute("delete from course where owner_unit_code like ?", like);
    execute("delete from audit_entry where subject_id like ?", like);
    execute("delete from village_plan where unit_id in (select id from org_unit where code like ?)", like);
    execute("delete from person where org_unit_id in (select id from org_unit where code like ?)", like);
    execute("update org_unit set merged_into_id = null where code like ?", like);
    execute("delete from org_unit where code like ? and kind in ('VILLAGE', 'COMMUNITY')", like);
    execute("delete from org_unit where code like ?", like);
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void requireOwn(String code) {
    if (!code.startsWith(codePrefix)) {
      throw new IllegalArgumentException(code + " is not one of this test's units (" + codePrefix + "…)");
    }
  }

  private Object single(String sql, Object... parameters) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getObject(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private void execute(String sql, Object... parameters) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
