package org.zhixing.org.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.zhixing.org.entity.Position;

/** Names, units and posts of people by id, in one query: another feature labels the person ids it keeps. */
@ApplicationScoped
public class PeopleCards {

  /** A person's id, name, unit code and posts by their sheet names. */
  public record Card(long id, String name, String unitCode, List<String> positions) {}

  @Resource(lookup = "java:jboss/datasources/ZhixingDS")
  DataSource dataSource;

  public Map<Long, Card> byId(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String sql = """
        select p.id, p.name, u.code, array(select q.position from person_position q where q.person_id = p.id order by 1)
        from person p join org_unit u on u.id = p.org_unit_id
        where p.id = any(?::bigint[])
        """;
    try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
      query.setArray(1, db.createArrayOf("bigint", ids.toArray()));
      List<Card> cards = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          List<String> posts = Arrays.stream((Object[]) rows.getArray(4).getArray())
              .map(name -> PositionNames.canonical(Position.valueOf((String) name))).toList();
          cards.add(new Card(rows.getLong(1), rows.getString(2), rows.getString(3), posts));
        }
      }
      return cards.stream().collect(Collectors.toMap(Card::id, Function.identity()));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading people by id failed", e);
    }
  }
}
