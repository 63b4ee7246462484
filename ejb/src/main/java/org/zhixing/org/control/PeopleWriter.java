package org.zhixing.org.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.zhixing.org.entity.Position;

/**
 * Applies an import plan with JDBC batches in the caller's transaction: 30,000 people as entities would take minutes,
 * as batches seconds, and the transaction still makes it all or nothing.
 */
@ApplicationScoped
public class PeopleWriter {

  private static final int BATCH = 1000;

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  /** What was written. */
  public record Written(int created, int changed, int departed) {}

  public Written apply(
      ImportPlan plan, Map<String, Long> unitIds, IdNumberProtection ids, boolean departLeftOut, Instant now) {
    var created = new ArrayList<ImportPlan.Step>();
    var changed = new ArrayList<ImportPlan.Step>();
    for (ImportPlan.Step step : plan.steps()) {
      switch (step.change()) {
        case NEW -> created.add(step);
        case UPDATED, MOVED, REACTIVATED -> changed.add(step);
        case UNCHANGED -> { }
      }
    }
    try (Connection db = dataSource.getConnection()) {
      insert(db, created, unitIds, ids);
      update(db, changed, unitIds, ids);
      int departed = departLeftOut ? depart(db, plan.leftOut(), now) : 0;
      return new Written(created.size(), changed.size(), departed);
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the imported people failed", e);
    }
  }

  private static void insert(Connection db, List<ImportPlan.Step> steps, Map<String, Long> unitIds,
      IdNumberProtection ids) throws SQLException {
    String sql = """
        insert into person (name, gender, phone, org_unit_id, dispatching_unit,
                            id_number_cipher, id_number_digest, id_number_tail)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """;
    try (var insert = new Batch(db.prepareStatement(sql))) {
      for (ImportPlan.Step step : steps) {
        SheetPerson person = step.row().person();
        bindPerson(insert.statement, person, unitIds.get(step.row().unit().code()), ids);
        insert.add();
      }
    }
    Map<String, Long> idsByPhone = idsByPhone(db, steps.stream().map(s -> s.row().person().phone()).toList());
    var positions = new HashMap<Long, SheetPerson>();
    steps.forEach(step -> positions.put(idsByPhone.get(step.row().person().phone()), step.row().person()));
    insertPositions(db, positions);
  }

  private static void update(Connection db, List<ImportPlan.Step> steps, Map<String, Long> unitIds,
      IdNumberProtection ids) throws SQLException {
    String sql = """
        update person set name = ?, gender = ?, phone = ?, org_unit_id = ?, dispatching_unit = ?,
          id_number_cipher = coalesce(?, id_number_cipher), id_number_digest = coalesce(?, id_number_digest),
          id_number_tail = coalesce(?, id_number_tail), departed_at = null, version = version + 1
        where id = ?
        """;
    var positions = new HashMap<Long, SheetPerson>();
    try (var update = new Batch(db.prepareStatement(sql))) {
      for (ImportPlan.Step step : steps) {
        long id = step.known().orElseThrow().id();
        bindPerson(update.statement, step.row().person(), unitIds.get(step.row().unit().code()), ids);
        update.statement.setLong(9, id);
        update.add();
        positions.put(id, step.row().person());
      }
    }
    try (var delete = new Batch(db.prepareStatement("delete from person_position where person_id = ?"))) {
      for (long id : positions.keySet()) {
        delete.statement.setLong(1, id);
        delete.add();
      }
    }
    insertPositions(db, positions);
  }

  private static int depart(Connection db, List<ImportPlan.Known> leftOut, Instant now) throws SQLException {
    String sql = "update person set departed_at = ?, version = version + 1 where id = ? and departed_at is null";
    try (var update = new Batch(db.prepareStatement(sql))) {
      for (ImportPlan.Known person : leftOut) {
        update.statement.setTimestamp(1, Timestamp.from(now));
        update.statement.setLong(2, person.id());
        update.add();
      }
    }
    return leftOut.size();
  }

  private static void bindPerson(PreparedStatement statement, SheetPerson person, long unitId, IdNumberProtection ids)
      throws SQLException {
    statement.setString(1, person.name());
    statement.setString(2, person.gender().name());
    statement.setString(3, person.phone());
    statement.setLong(4, unitId);
    statement.setString(5, person.dispatchingUnit().orElse(null));
    if (person.idNumber().isPresent()) {
      IdNumberProtection.Protected id = ids.protect(person.idNumber().get());
      statement.setBytes(6, id.cipher());
      statement.setString(7, id.digest());
      statement.setString(8, id.tail());
    } else {
      statement.setNull(6, Types.BINARY);
      statement.setNull(7, Types.CHAR);
      statement.setNull(8, Types.VARCHAR);
    }
  }

  private static void insertPositions(Connection db, Map<Long, SheetPerson> people) throws SQLException {
    String sql = "insert into person_position (person_id, position) values (?, ?)";
    try (var insert = new Batch(db.prepareStatement(sql))) {
      for (Map.Entry<Long, SheetPerson> person : people.entrySet()) {
        for (Position position : person.getValue().positions()) {
          insert.statement.setLong(1, person.getKey());
          insert.statement.setString(2, position.name());
          insert.add();
        }
      }
    }
  }

  private static Map<String, Long> idsByPhone(Connection db, List<String> phones) throws SQLException {
    var ids = new HashMap<String, Long>();
    try (var select = db.prepareStatement("select phone, id from person where phone = any (?)")) {
      Array array = db.createArrayOf("varchar", phones.toArray());
      select.setArray(1, array);
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return ids;
  }

  /** A prepared statement sent in batches of {@value #BATCH}; closing sends the rest. */
  private static final class Batch implements AutoCloseable {
    final PreparedStatement statement;
    private int pending;

    Batch(PreparedStatement statement) {
      this.statement = statement;
    }

    void add() throws SQLException {
      statement.addBatch();
      if (++pending == BATCH) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try (statement) {
        if (pending > 0) {
          statement.executeBatch();
        }
      }
    }
  }
}
