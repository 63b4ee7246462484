package org.zhixing.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Labels (titles, names) of rows by id, in one statement: for a feature naming rows other features refer to by id. */
public final class IdLabels {

  private IdLabels() {}

  /**
   * Runs {@code sql}, which selects {@code (id, label)} rows for the ids in its named parameter {@code :ids}; ids
   * without a row are left out of the answer.
   */
  public static Map<Long, String> read(EntityManager em, String sql, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows = em.createNativeQuery(sql, Object[].class).setParameter("ids", ids).getResultList();
    return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
  }
}
