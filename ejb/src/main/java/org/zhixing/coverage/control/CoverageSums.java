package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/**
 * Sums over a plan's roster (live, or a month's snapshot of it: {@link RosterSource}) within a subtree, by prefix of
 * the copied unit path (one index range scan per question): the subtree's figures, those of each unit one level down,
 * by post and by village category; and the lists behind full coverage and the laggards.
 */
@ApplicationScoped
public class CoverageSums {

  /** A rostered person still required and not done (or not started). */
  public record Pending(long personId, String name, String unitCode, String villageCode, boolean weakAndLax,
      boolean started, int itemsDone) {}

  /** A village whose party secretary is not trained, or which has none on the roster. */
  public record VillageGap(String villageCode, boolean weakAndLax, boolean hasSecretary) {}

  /** A village's figures, for the laggard list. */
  public record VillageFigures(String villageCode, boolean weakAndLax, Figures figures) {}

  /** A village's figures and the code of the township its people are counted in. */
  public record VillageLine(String villageCode, String townshipCode, boolean weakAndLax, Figures figures) {}

  /** A unit of some level inside a subtree: the codes of its path from the city down, and its figures. */
  public record UnitLine(List<String> pathCodes, boolean weakAndLax, Figures figures) {

    public String code() {
      return pathCodes.getLast();
    }
  }

  /** The columns of {@link Figures}, summed over roster lines (see {@link #figures}). */
  static final String FIGURES = """
      count(*) filter (where left_at is null),
      count(*) filter (where left_at is null and completed_at is not null),
      count(*) filter (where left_at is null and started_at is not null),
      coalesce(sum(items_done) filter (where left_at is null), 0),
      coalesce(sum(credit_hours) filter (where left_at is null), 0),
      count(*) filter (where left_at is not null),
      count(*) filter (where left_at is null and moved_from is not null)
      """;
  private static final String COMPLETED_SHARE = """
      count(*) filter (where left_at is null and completed_at is not null)::numeric
        / nullif(count(*) filter (where left_at is null), 0)
      """;

  private static final String LAGGARDS_FIRST =
      " order by bool_or(weak_and_lax) desc, " + COMPLETED_SHARE + ", village_code";
  private static final int CODE_LENGTH = 12;

  @Inject RosterSql sql;

  /**
   * Plans each roster read of this transaction for its own unit path. Once pgJDBC prepares a statement on the server
   * (after five runs), PostgreSQL may switch to a generic plan of {@code unit_path like $2}, which expects a city's
   * 30,000 lines to be 150 and cannot use the index for a village's range: reports took twice as long and a village's
   * drill-down scanned the whole roster (bench/coverage.sh). Local to the transaction: other statements keep theirs.
   */
  public void planForEachPath() {
    sql.execute("set local plan_cache_mode = force_custom_plan");
  }

  public Figures of(RosterSource roster, String path) {
    return sql.query(on(roster, "select %1$s from %2$s where %3$s = ? and unit_path like ?"),
        rows -> figures(rows, 1), roster.id(), path + "%").stream().findFirst().orElse(Figures.NONE);
  }

  /**
   * The figures of each unit directly below {@code path}, by code; people serving at the unit itself (a township's
   * cadres) are under the unit's own code, so that the parts add up to the whole.
   */
  public Map<String, Figures> byChild(RosterSource roster, String path, String ownCode) {
    Map<String, Figures> children = new LinkedHashMap<>();
    sql.query(on(roster, """
        select substr(unit_path, ? + 1, 12) as child, %1$s from %2$s
        where %3$s = ? and unit_path like ? group by child order by child
        """), rows -> {
          String child = rows.getString(1);
          children.put(child.isEmpty() ? ownCode : child, figures(rows, 2));
          return null;
        }, path.length(), roster.id(), path + "%");
    return children;
  }

  /** The figures by post held (sheet names); someone with two posts counts under each. */
  public Map<String, Figures> byPosition(RosterSource roster, String path) {
    return grouped("""
        select post, %1$s from %2$s cross join lateral unnest(string_to_array(nullif(positions, ''), ',')) as post
        where %3$s = ? and unit_path like ? group by post order by post
        """, roster, path);
  }

  /** The figures of weak-and-lax villages, of star-target villages (both, for a village that is both), and the rest. */
  public Map<String, Figures> byCategory(RosterSource roster, String path) {
    return grouped("""
        select category, %1$s from %2$s cross join lateral unnest(array[
          case when weak_and_lax then 'WEAK_AND_LAX' end,
          case when star_target then 'STAR_TARGET' end,
          case when not weak_and_lax and not star_target then 'OTHER' end]) as category
        where %3$s = ? and unit_path like ? and category is not null group by category order by category
        """, roster, path);
  }

  /** Required people not completed ({@code notStartedOnly}: not even started): weak-and-lax first, then unstarted. */
  public Page<Pending> pending(RosterSource roster, String path, boolean notStartedOnly, PageRequest page) {
    String where = on(roster, " from %2$s where %3$s = ? and unit_path like ? and left_at is null and completed_at is null")
        + (notStartedOnly ? " and started_at is null" : "");
    List<Pending> items = sql.query("""
        select person_id, name, unit_code, village_code, weak_and_lax, started_at is not null, items_done %s
        order by weak_and_lax desc, started_at is null desc, unit_path, person_id limit ? offset ?
        """.formatted(where), rows -> new Pending(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getBoolean(5), rows.getBoolean(6), rows.getInt(7)),
        roster.id(), path + "%", page.size(), page.offset());
    return Page.of(items, page, count("select count(*)" + where, roster.id(), path + "%"));
  }

  /** Villages whose party secretary on the roster has not completed, or that have none on it; weak-and-lax first. */
  public Page<VillageGap> villagesWithoutTrainedSecretary(RosterSource roster, String path, PageRequest page) {
    String gaps = on(roster, """
        from %2$s where %3$s = ? and unit_path like ? and left_at is null and village_code is not null
        group by village_code having not coalesce(bool_or(party_secretary and completed_at is not null), false)
        """);
    List<VillageGap> items = sql.query("select village_code, bool_or(weak_and_lax), bool_or(party_secretary) " + gaps
            + " order by bool_or(weak_and_lax) desc, village_code limit ? offset ?",
        rows -> new VillageGap(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3)),
        roster.id(), path + "%", page.size(), page.offset());
    return Page.of(items, page, count("select count(*) from (select 1 " + gaps + ") g", roster.id(), path + "%"));
  }

  /** Villages whose completed share is below {@code threshold} (0 to 1): weak-and-lax first, then the lowest rate. */
  public Page<VillageFigures> villagesBelow(RosterSource roster, String path, BigDecimal threshold, PageRequest page) {
    String below = below(roster);
    List<VillageFigures> items = sql.query("select village_code, bool_or(weak_and_lax), " + FIGURES + below
            + LAGGARDS_FIRST + " limit ? offset ?",
        rows -> new VillageFigures(rows.getString(1), rows.getBoolean(2), figures(rows, 3)),
        roster.id(), path + "%", threshold, page.size(), page.offset());
    return Page.of(items, page,
        count("select count(*) from (select 1 " + below + ") v", roster.id(), path + "%", threshold));
  }

  /** The codes of all villages below {@code threshold}, in the laggard list's order: whom supervision reminds. */
  public List<String> villageCodesBelow(RosterSource roster, String path, BigDecimal threshold) {
    return sql.query("select village_code " + below(roster) + LAGGARDS_FIRST, rows -> rows.getString(1), roster.id(),
        path + "%", threshold);
  }

  /** Each of these villages' figures and the township it lies in (by the roster's paths), by village code. */
  public Map<String, VillageLine> ofVillages(RosterSource roster, Collection<String> villageCodes) {
    Map<String, VillageLine> villages = new LinkedHashMap<>();
    sql.query(on(roster, """
        select village_code, min(split_part(unit_path, '/', 4)), bool_or(weak_and_lax), %1$s from %2$s
        where %3$s = ? and village_code = any(?::bpchar[]) group by village_code
        """), rows -> villages.put(rows.getString(1),
            new VillageLine(rows.getString(1), rows.getString(2), rows.getBoolean(3), figures(rows, 4))),
        roster.id(), villageCodes.toArray(String[]::new));
    return villages;
  }

  /**
   * The figures of every unit {@code levels} levels below {@code path} (1: its children, 3: the villages below a city),
   * in one grouped statement, ordered by path. Only people serving at that level or below count: the cadres of a
   * township are in the township's line, not in any village's.
   */
  public List<UnitLine> atLevel(RosterSource roster, String path, int levels) {
    int prefix = path.length() + levels * (CODE_LENGTH + 1);
    return sql.query(on(roster, """
        select substr(unit_path, 1, ?) as unit, bool_or(weak_and_lax), %1$s from %2$s
        where %3$s = ? and unit_path like ? and length(unit_path) >= ? group by unit order by unit
        """), rows -> new UnitLine(codesOf(rows.getString(1)), rows.getBoolean(2), figures(rows, 3)),
        prefix, roster.id(), path + "%", prefix);
  }

  /** Villages with people required whose completed share is below the third parameter. */
  private static String below(RosterSource roster) {
    return on(roster, """
        from %2$s where %3$s = ? and unit_path like ? and village_code is not null group by village_code
        having count(*) filter (where left_at is null) > 0 and %4$s < ?
        """);
  }

  private static List<String> codesOf(String path) {
    return Arrays.stream(path.split("/")).filter(code -> !code.isEmpty()).toList();
  }

  private Map<String, Figures> grouped(String statement, RosterSource roster, String path) {
    Map<String, Figures> groups = new LinkedHashMap<>();
    sql.query(on(roster, statement), rows -> groups.put(rows.getString(1), figures(rows, 2)), roster.id(), path + "%");
    return groups;
  }

  /**
   * A statement over {@code roster}'s lines, from a template naming the figures' columns {@code %1$s}, the table
   * {@code %2$s}, its key column {@code %3$s} and the completed share {@code %4$s}: the live report and a snapshot's
   * run the same statements.
   */
  static String on(RosterSource roster, String template) {
    return template.formatted(FIGURES, roster.table(), roster.key(), COMPLETED_SHARE);
  }

  /** Reads the columns of {@code %1$s} (see {@link #on}) from column {@code first} on. */
  static Figures figures(ResultSet rows, int first) throws SQLException {
    return new Figures(rows.getLong(first), rows.getLong(first + 1), rows.getLong(first + 2), rows.getLong(first + 3),
        rows.getBigDecimal(first + 4), rows.getLong(first + 5), rows.getLong(first + 6));
  }

  private long count(String statement, Object... parameters) {
    return sql.query(statement, rows -> rows.getLong(1), parameters).getFirst();
  }
}
