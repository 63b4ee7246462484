package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;

/**
 * The rosters and the per-person status their figures are summed from, in plain JDBC: a city plan writes 30,000 rows
 * at once and a completion updates one, neither of which wants entities. Each person's status (items done, hours,
 * started, completed) is derived again from the items they did whenever one is added, so it is never counted twice.
 */
@ApplicationScoped
public class RosterStore {

  /** Who is on the roster and still counted, and where they serve. */
  public record Member(long personId, String username, String unitCode, String unitPath) {}

  /** A roster line that completion of an item touches. */
  public record Line(long planId, long personId) {}

  @Inject RosterSql sql;

  /**
   * Puts people on the roster, or brings them back if they had left; someone already on it keeps their joining time,
   * and a changed unit is recorded as a move from where they were first counted. Unchanged lines are not rewritten: a
   * city roster followed after an import changes a handful of its 30,000 rows.
   */
  public void enrol(long planId, Collection<RosterPerson> people, Instant at) {
    String insert = """
        insert into plan_roster (plan_id, person_id, username, name, unit_code, unit_path, village_code, positions,
                                 party_secretary, weak_and_lax, star_target, joined_at)
        values (?, ?, ?, ?, ?, ?, nullif(split_part(?, '/', 5), ''), ?, ?, ?, ?, ?)
        on conflict (plan_id, person_id) do update set
          username = excluded.username, name = excluded.name, positions = excluded.positions,
          party_secretary = excluded.party_secretary, weak_and_lax = excluded.weak_and_lax,
          star_target = excluded.star_target, left_at = null, left_reason = null,
          moved_from = case when plan_roster.unit_code <> excluded.unit_code
                            then coalesce(plan_roster.moved_from, plan_roster.unit_code) else plan_roster.moved_from end,
          unit_code = excluded.unit_code, unit_path = excluded.unit_path, village_code = excluded.village_code
        where plan_roster.left_at is not null
          or (plan_roster.username, plan_roster.name, plan_roster.positions, plan_roster.party_secretary,
              plan_roster.weak_and_lax, plan_roster.star_target, plan_roster.unit_code, plan_roster.unit_path)
             is distinct from (excluded.username, excluded.name, excluded.positions, excluded.party_secretary,
              excluded.weak_and_lax, excluded.star_target, excluded.unit_code, excluded.unit_path)
        """;
    sql.batch(insert, people, (statement, person) -> {
      statement.setLong(1, planId);
      statement.setLong(2, person.id());
      statement.setString(3, person.username());
      statement.setString(4, person.name());
      statement.setString(5, person.unitCode());
      statement.setString(6, person.unitPath());
      statement.setString(7, person.unitPath());
      statement.setString(8, person.positions());
      statement.setBoolean(9, person.partySecretary());
      statement.setBoolean(10, person.weakAndLax());
      statement.setBoolean(11, person.starTarget());
      statement.setTimestamp(12, Timestamp.from(at));
    });
  }

  /** The people counted now (not left), by id. */
  public Map<Long, Member> members(long planId) {
    return sql.query("select person_id, username, unit_code, unit_path from plan_roster where plan_id = ? and left_at is null",
            rows -> new Member(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)), planId)
        .stream().collect(Collectors.toMap(Member::personId, member -> member));
  }

  /** A learner's own line on a plan: what they did, and whether they are done. */
  public record OwnLine(long planId, int itemsDone, BigDecimal creditHours, Instant startedAt, Instant completedAt) {}

  /** The published plans the person signing in as {@code username} is counted in, by deadline. */
  public List<OwnLine> linesOf(String username) {
    return sql.query("""
        select r.plan_id, r.items_done, r.credit_hours, r.started_at, r.completed_at
        from plan_roster r join training_plan p on p.id = r.plan_id
        where r.username = ? and r.left_at is null and p.status = 'PUBLISHED'
        order by p.deadline, p.id
        """, rows -> new OwnLine(rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3), instant(rows.getTimestamp(4)),
            instant(rows.getTimestamp(5))), username);
  }

  /** What the person signing in as {@code username} did of their plans' items, by plan. */
  public Map<Long, Map<PlanItem, Instant>> itemsDoneBy(String username) {
    record Done(long planId, PlanItem item, Instant at) {}
    List<Done> done = sql.query("""
        select d.plan_id, d.kind, d.ref_id, d.done_at
        from plan_roster r join plan_item_done d on d.plan_id = r.plan_id and d.person_id = r.person_id
        where r.username = ? and r.left_at is null
        """, rows -> new Done(rows.getLong(1), new PlanItem(PlanItemKind.valueOf(rows.getString(2)), rows.getLong(3)),
            rows.getTimestamp(4).toInstant()), username);
    return done.stream().collect(Collectors.groupingBy(Done::planId, Collectors.toMap(Done::item, Done::at)));
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  /** Someone on the roster now serves elsewhere: counted there, with the unit they were first counted at kept. */
  public void move(long planId, long personId, String unitCode, String unitPath) {
    sql.execute("""
        update plan_roster set moved_from = coalesce(moved_from, unit_code), unit_code = ?, unit_path = ?,
          village_code = nullif(split_part(?, '/', 5), '')
        where plan_id = ? and person_id = ? and unit_code <> ?
        """, unitCode, unitPath, unitPath, planId, personId, unitCode);
  }

  /** Someone left (departed, or moved out of the plan's subtree): shown as such, out of the denominator from now. */
  public void leave(long planId, long personId, LeftReason reason, Instant at) {
    sql.execute("update plan_roster set left_at = ?, left_reason = ? where plan_id = ? and person_id = ? and left_at is null",
        Timestamp.from(at), reason.name(), planId, personId);
  }

  /** The roster lines of published plans requiring this item whose period holds {@code day}, for this sign-in name. */
  public List<Line> linesRequiring(String username, PlanItemKind kind, long refId, LocalDate day) {
    return linesRequiring("r.username = ?", username, kind, refId, day);
  }

  /** The same for a person by org's id (attendance knows people, not sign-in names). */
  public List<Line> linesRequiring(long personId, PlanItemKind kind, long refId, LocalDate day) {
    return linesRequiring("r.person_id = ?", personId, kind, refId, day);
  }

  private List<Line> linesRequiring(String whoseLine, Object who, PlanItemKind kind, long refId, LocalDate day) {
    // from the item: most items are required by no running plan, and then nothing else is read
    return sql.query("""
        select r.plan_id, r.person_id
        from training_plan_item i
          join training_plan p on p.id = i.plan_id
          join plan_roster r on r.plan_id = i.plan_id
        where i.kind = ? and i.ref_id = ? and %s and r.left_at is null
          and p.status = 'PUBLISHED' and ? between p.starts_on and p.ends_on
        """.formatted(whoseLine), rows -> new Line(rows.getLong(1), rows.getLong(2)), kind.name(), refId, who, day);
  }

  /** Records that a rostered person did an item (doing it again changes nothing) and derives their status again. */
  public void done(long planId, long personId, PlanItemKind kind, long refId, Instant at, BigDecimal creditHours) {
    // one completion at a time per line: a concurrent one's status refresh must see this one's row once it commits
    sql.execute("select 1 from plan_roster where plan_id = ? and person_id = ? for update", planId, personId);
    record(planId, personId, kind, refId, at, creditHours);
    refreshStatus(planId, personId);
  }

  private void record(long planId, long personId, PlanItemKind kind, long refId, Instant at, BigDecimal creditHours) {
    sql.execute("""
        insert into plan_item_done (plan_id, person_id, kind, ref_id, done_at, credit_hours)
        values (?, ?, ?, ?, ?, ?) on conflict do nothing
        """, planId, personId, kind.name(), refId, Timestamp.from(at), creditHours == null ? BigDecimal.ZERO : creditHours);
  }

  /** The plan's requirement as {@code p (min_credit_hours, required)}, a common table expression; binds the plan's id. */
  static final String REQUIREMENT = """
      p as (select min_credit_hours, (select count(*) from training_plan_item i where i.plan_id = t.id) as required
            from training_plan t where t.id = ?)""";

  /**
   * The done items of a plan summed per person as {@code d (person_id, n, h, first_at, last_at)}, a common table
   * expression over the rows that also meet {@code filter}; binds the plan's id, then the filter's parameters.
   */
  static String doneSums(String filter) {
    return """
        d as (select person_id, count(*) as n, sum(credit_hours) as h, min(done_at) as first_at, max(done_at) as last_at
              from plan_item_done where plan_id = ? and %s group by person_id)""".formatted(filter);
  }

  /** Whether the done items summed as {@code d (n, h)} complete the plan's requirement {@code p}. */
  static final String COMPLETES = "d.n >= p.required and d.h >= p.min_credit_hours";

  /** Derives items done, hours, started and completed of one person ({@code personId}) or, with null, of the roster. */
  public void refreshStatus(long planId, Long personId) {
    sql.execute("""
        with %s, %s
        update plan_roster r set items_done = d.n, credit_hours = d.h, started_at = d.first_at,
          completed_at = case when %s then d.last_at end
        from d, p
        where r.plan_id = ? and r.person_id = d.person_id
        """.formatted(doneSums("(?::bigint is null or person_id = ?::bigint)"), REQUIREMENT, COMPLETES),
        planId, personId, personId, planId, planId);
  }

  /**
   * Gives the planner statistics of the rosters and done items just written: a fresh roster has none until autovacuum
   * comes by, and until then the reports' plans misjudge a city's 30,000 lines.
   */
  public void analyze() {
    sql.execute("analyze plan_roster, plan_item_done");
  }

  /** A unit moved in the tree: the copies of its path on roster lines follow it (as courseware's do). */
  public void rebase(String oldPath, String newPath) {
    sql.execute("""
        update plan_roster set unit_path = ? || substr(unit_path, ?),
          village_code = nullif(split_part(? || substr(unit_path, ?), '/', 5), '')
        where unit_path like ?
        """, newPath, oldPath.length() + 1, newPath, oldPath.length() + 1, oldPath + "%");
    sql.execute("update training_plan set audience_path = ? || substr(audience_path, ?) where audience_path like ?",
        newPath, oldPath.length() + 1, oldPath + "%");
  }
}
