package org.zhixing.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongConsumer;
import org.zhixing.content.PolicySeed;
import org.zhixing.launcher.DatabaseLogin;
import org.zhixing.policy.search.DocNumbers;

/**
 * Puts generated documents straight into the library's tables with JDBC batches, behind the application's back (it
 * is stopped meanwhile): published, in force, owned by the city's organization department, with their tags. A 文号
 * whose key another document already has keeps its number but gets no key (the key is unique), and is counted.
 */
final class CorpusLoader {

  static final String CITY_CODE = "411600000000";
  private static final int BATCH = 500;

  /** What was loaded; {@code keyClashes} documents kept their 文号 without a key. */
  record Loaded(long documents, long tags, long keyClashes, long publishedInAll, long nanos) {}

  private static final String INSERT_DOCUMENT = """
      insert into policy_document (id, doc_number, doc_number_key, title, authority, level, issue_date, status,
                                   superseded_by_id, type, internal, publication, owner_unit_id, body)
      values (?, ?, ?, ?, ?, ?, ?, 'IN_FORCE', null, ?, ?, 'PUBLISHED', ?, ?)""";
  private static final String INSERT_TAG = "insert into policy_tag (policy_id, tag) values (?, ?)";

  private CorpusLoader() {}

  static Loaded load(DatabaseLogin login, Iterator<PolicySeed> seeds, LongConsumer progress) throws SQLException {
    long started = System.nanoTime();
    var properties = new Properties();
    properties.setProperty("user", login.user());
    properties.setProperty("password", login.password());
    properties.setProperty("reWriteBatchedInserts", "true");
    try (Connection db = DriverManager.getConnection(login.url(), properties)) {
      db.setAutoCommit(false);
      long owner = single(db, "select id from org_unit where code = '" + CITY_CODE + "'");
      Set<String> keys = existingKeys(db);
      String sequence = text(db, "select pg_get_serial_sequence('policy_document', 'id')");
      long documents = 0;
      long tags = 0;
      long clashes = 0;
      try (var reserve = db.prepareStatement("select nextval(?::regclass) from generate_series(1, ?)");
          var insert = db.prepareStatement(INSERT_DOCUMENT);
          var tag = db.prepareStatement(INSERT_TAG)) {
        var batch = new ArrayList<PolicySeed>(BATCH);
        while (seeds.hasNext()) {
          batch.add(seeds.next());
          if (batch.size() == BATCH || !seeds.hasNext()) {
            List<Long> ids = reserveIds(reserve, sequence, batch.size());
            for (int i = 0; i < batch.size(); i++) {
              PolicySeed seed = batch.get(i);
              long id = ids.get(i);
              String key = seed.docNumber() == null ? "" : DocNumbers.normalize(seed.docNumber());
              if (!key.isEmpty() && !keys.add(key)) {
                clashes++;
                key = "";
              }
              addDocument(insert, id, seed, key, owner);
              for (String name : new LinkedHashSet<>(seed.tags() == null ? List.of() : seed.tags())) {
                tag.setLong(1, id);
                tag.setString(2, name);
                tag.addBatch();
                tags++;
              }
            }
            insert.executeBatch();
            tag.executeBatch();
            db.commit();
            documents += batch.size();
            batch.clear();
            progress.accept(documents);
          }
        }
      }
      db.setAutoCommit(true);
      try (var analyze = db.createStatement()) {
        analyze.execute("analyze policy_document");
        analyze.execute("analyze policy_tag");
      }
      long published = single(db, "select count(*) from policy_document where publication = 'PUBLISHED'");
      return new Loaded(documents, tags, clashes, published, System.nanoTime() - started);
    }
  }

  private static void addDocument(PreparedStatement insert, long id, PolicySeed seed, String key, long owner)
      throws SQLException {
    insert.setLong(1, id);
    insert.setString(2, seed.docNumber());
    if (key.isEmpty()) {
      insert.setNull(3, Types.VARCHAR);
    } else {
      insert.setString(3, key);
    }
    insert.setString(4, seed.title());
    insert.setString(5, seed.authority());
    insert.setString(6, seed.level());
    insert.setObject(7, seed.issueDate());
    insert.setString(8, seed.type());
    insert.setBoolean(9, "INTERNAL".equals(seed.audience()));
    insert.setLong(10, owner);
    insert.setString(11, seed.body());
    insert.addBatch();
  }

  private static List<Long> reserveIds(PreparedStatement reserve, String sequence, int count) throws SQLException {
    reserve.setString(1, sequence);
    reserve.setInt(2, count);
    var ids = new ArrayList<Long>(count);
    try (var rows = reserve.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private static Set<String> existingKeys(Connection db) throws SQLException {
    var keys = new HashSet<String>();
    try (var statement = db.createStatement();
        var rows = statement.executeQuery(
            "select doc_number_key from policy_document where doc_number_key is not null")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }

  static long single(Connection db, String query) throws SQLException {
    try (var statement = db.createStatement(); var rows = statement.executeQuery(query)) {
      if (!rows.next()) {
        throw new IllegalStateException("no row for: " + query);
      }
      return rows.getLong(1);
    }
  }

  private static String text(Connection db, String query) throws SQLException {
    try (var statement = db.createStatement(); var rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
