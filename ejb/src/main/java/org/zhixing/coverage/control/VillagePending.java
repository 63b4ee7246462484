package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** The people of some villages who are required by a plan and have not completed it: whom supervision chases. */
@ApplicationScoped
public class VillagePending {

  /** A required person not done; {@code username} is null for someone without a sign-in name. */
  public record Person(long personId, String username, String name, String villageCode, int itemsDone,
      BigDecimal creditHours) {

    public boolean hasAccount() {
      return username != null;
    }
  }

  @Inject RosterSql sql;

  public List<Person> of(long planId, Collection<String> villageCodes) {
    return sql.query("""
        select person_id, username, name, village_code, items_done, credit_hours from plan_roster
        where plan_id = ? and village_code = any(?::bpchar[]) and left_at is null and completed_at is null
        order by village_code, person_id
        """, rows -> new Person(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5),
            rows.getBigDecimal(6)),
        planId, villageCodes.toArray(String[]::new));
  }
}
