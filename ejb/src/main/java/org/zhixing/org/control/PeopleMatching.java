package org.zhixing.org.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Position;

/**
 * Finds the serving people a rule picks, as plain references in one indexed query: a city-wide audience is 30,000
 * people, which entities would take seconds to load and JDBC rows take milliseconds.
 */
@ApplicationScoped
public class PeopleMatching {

  /** A person a rule picked: id, sign-in name (may be null), name and the code of the unit they serve in. */
  public record MatchedPerson(long id, String username, String name, String unitCode) {}

  /** The posts (Position names) a person holds and whether they serve in a weak-and-lax village. */
  public record Standing(Set<String> positions, boolean weakAndLax) {}

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  public List<MatchedPerson> matching(OrgUnit subtree, Collection<Position> positions, boolean weakAndLaxOnly,
      Collection<Integer> starTargets) {
    String sql = """
        select p.id, p.username, p.name, u.code
        from person p join org_unit u on u.id = p.org_unit_id
        where u.path like ? and p.departed_at is null
          and (cardinality(?::varchar[]) = 0
               or exists (select 1 from person_position pp where pp.person_id = p.id and pp.position = any(?::varchar[])))
          and (not ? or u.weak_year is not null)
          and (cardinality(?::int[]) = 0 or u.star_target = any(?::int[]))
        order by p.id
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      var names = db.createArrayOf("varchar", positions.stream().map(Position::name).toArray());
      var stars = db.createArrayOf("int4", starTargets.toArray());
      query.setString(1, subtree.path() + "%");
      query.setArray(2, names);
      query.setArray(3, names);
      query.setBoolean(4, weakAndLaxOnly);
      query.setArray(5, stars);
      query.setArray(6, stars);
      return read(query);
    } catch (SQLException e) {
      throw new IllegalStateException("Finding the people of a rule failed", e);
    }
  }

  /** The serving people with these sign-in names; names nobody has are left out. */
  public List<MatchedPerson> named(Collection<String> usernames) {
    String sql = """
        select p.id, p.username, p.name, u.code
        from person p join org_unit u on u.id = p.org_unit_id
        where p.username = any(?::varchar[]) and p.departed_at is null
        order by p.id
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setArray(1, db.createArrayOf("varchar", usernames.toArray()));
      return read(query);
    } catch (SQLException e) {
      throw new IllegalStateException("Finding people by name failed", e);
    }
  }

  /** The posts of the serving person with this sign-in name and whether their village is weak-and-lax; empty if none. */
  public Optional<Standing> standingOf(String username) {
    String sql = """
        select bool_or(u.weak_year is not null), array_remove(array_agg(pp.position), null)
        from person p join org_unit u on u.id = p.org_unit_id left join person_position pp on pp.person_id = p.id
        where p.username = ? and p.departed_at is null
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        if (row.getObject(1) == null) {
          return Optional.empty();
        }
        return Optional.of(new Standing(Set.of((String[]) row.getArray(2).getArray()), row.getBoolean(1)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the posts of " + username + " failed", e);
    }
  }

  /**
   * Serving people of the subtree who have an account and whose name or sign-in name contains {@code text}, by name:
   * for pickers such as a session's trainers.
   */
  public List<MatchedPerson> withAccountsLike(OrgUnit subtree, String text, int limit) {
    String sql = """
        select p.id, p.username, p.name, u.code
        from person p join org_unit u on u.id = p.org_unit_id
        where u.path like ? and p.departed_at is null and p.username is not null
          and (p.name like ? escape '\\' or p.username like ? escape '\\')
        order by p.name, p.id
        limit ?
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, subtree.path() + "%");
      query.setString(2, Like.containing(text));
      query.setString(3, Like.containing(text));
      query.setInt(4, limit);
      return read(query);
    } catch (SQLException e) {
      throw new IllegalStateException("Searching people with accounts failed", e);
    }
  }

  private static List<MatchedPerson> read(PreparedStatement query) throws SQLException {
    query.setFetchSize(5000);
    List<MatchedPerson> people = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        people.add(new MatchedPerson(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    return people;
  }
}
