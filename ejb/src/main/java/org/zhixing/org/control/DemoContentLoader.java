package org.zhixing.org.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.PersonSeed;
import org.zhixing.content.UnitSeed;

/**
 * Loads the demo content pack (the city's tree and ~30,000 people) into an empty database at deploy, when
 * {@code zhixing.content.demo=true}. It writes with JDBC batches in the deploy transaction rather than through the
 * entity manager: 35,000 rows as entities would take minutes, as batches they take seconds, and either all of them
 * land or none.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoContentLoader {

  static final String ENABLED_PROPERTY = "zhixing.content.demo";
  private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());
  private static final int BATCH = 1000;

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  private DataSource dataSource;

  @PostConstruct
  void loadWhenEmpty() {
    if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
      return;
    }
    try (Connection db = dataSource.getConnection()) {
      if (hasUnits(db)) {
        return;
      }
      long started = System.nanoTime();
      DemoContentPack pack = DemoContentPack.load();
      insertUnits(db, pack);
      insertPeople(db, pack);
      LOG.info(
          () -> "Loaded the demo content pack: %d units, %d people in %d ms"
              .formatted(pack.units().size(), pack.people().size(), (System.nanoTime() - started) / 1_000_000));
    } catch (SQLException e) {
      throw new IllegalStateException("Loading the demo content pack failed", e);
    }
  }

  private static boolean hasUnits(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select exists (select 1 from org_unit)")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static void insertUnits(Connection db, DemoContentPack pack) throws SQLException {
    Map<String, String> pathByCode = new HashMap<>();
    String sql =
        """
        insert into org_unit (code, name, kind, parent_id, path, depth, star_target, weak_year, poverty_alleviated)
        values (?, ?, ?, (select id from org_unit where code = ?), ?, ?, ?, ?, ?)
        """;
    // Parents come first in the pack, but a batch is only visible to the subqueries of later batches once sent:
    // flush at every change of depth so that each level sees the one above it.
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      int pending = 0;
      int depthOfBatch = -1;
      for (UnitSeed unit : pack.units()) {
        String parentPath = unit.parentCode() == null ? "/" : pathByCode.get(unit.parentCode());
        String path = parentPath + unit.code() + "/";
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        if (depth != depthOfBatch && pending > 0) {
          insert.executeBatch();
          pending = 0;
        }
        depthOfBatch = depth;
        pathByCode.put(unit.code(), path);
        insert.setString(1, unit.code());
        insert.setString(2, unit.name());
        insert.setString(3, unit.kind());
        insert.setString(4, unit.parentCode());
        insert.setString(5, path);
        insert.setInt(6, depth);
        insert.setObject(7, unit.starTarget());
        insert.setObject(8, unit.weakYear());
        insert.setBoolean(9, unit.povertyAlleviated());
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
    }
  }

  private static void insertPeople(Connection db, DemoContentPack pack) throws SQLException {
    Map<String, Long> unitIds = idsBy(db, "select code, id from org_unit");
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into person (name, gender, phone, org_unit_id, dispatching_unit, username) values (?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (PersonSeed person : pack.people()) {
        insert.setString(1, person.name());
        insert.setString(2, person.gender());
        insert.setString(3, person.phone());
        insert.setLong(4, unitIds.get(person.unitCode()));
        insert.setString(5, person.dispatchingUnit());
        insert.setString(6, person.username());
        insert.addBatch();
        if (++pending % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    insertPositions(db, pack, idsBy(db, "select phone, id from person"));
  }

  private static void insertPositions(Connection db, DemoContentPack pack, Map<String, Long> personIds)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("insert into person_position (person_id, position) values (?, ?)")) {
      int pending = 0;
      for (PersonSeed person : pack.people()) {
        for (String position : person.positions()) {
          insert.setLong(1, personIds.get(person.phone()));
          insert.setString(2, position);
          insert.addBatch();
          if (++pending % BATCH == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }

  private static Map<String, Long> idsBy(Connection db, String query) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      while (rs.next()) {
        ids.put(rs.getString(1).strip(), rs.getLong(2));
      }
    }
    return ids;
  }
}
