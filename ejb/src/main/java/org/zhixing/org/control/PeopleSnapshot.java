package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;
import org.zhixing.org.entity.UnitKind;

/**
 * What an import compares its sheet with, read in a few set-based queries rather than person by person: the units of
 * the scope, and the people the sheet may be talking about.
 */
@ApplicationScoped
public class PeopleSnapshot {

  /** Parameters per query: PostgreSQL's protocol takes at most 32,767 per statement. */
  private static final int CHUNK = 5_000;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** Every unit of the subtree with its database id, keyed by code. */
  public Map<String, UnitRow> units(OrgUnit scope) {
    var units = new LinkedHashMap<String, UnitRow>();
    em.createQuery(
            """
            select u.id, u.code, u.name, u.kind, p.code from OrgUnit u left join u.parent p
            where u.path like :prefix and u.retiredAt is null order by u.depth, u.code
            """,
            Object[].class)
        .setParameter("prefix", scope.path() + "%")
        .getResultStream()
        .forEach(r -> units.put((String) r[1], new UnitRow((Long) r[0],
            new PlaceDirectory.Unit((String) r[1], (String) r[2], (UnitKind) r[3], (String) r[4]))));
    return units;
  }

  /** A unit and its id. */
  public record UnitRow(long id, PlaceDirectory.Unit unit) {}

  /**
   * The people who have one of these phones or ID-number digests, wherever they serve, and every active person of the
   * scope; {@code inScope} says which lie in the scope.
   */
  public List<ImportPlan.Known> known(OrgUnit scope, Collection<String> phones, Collection<String> digests) {
    var ids = new HashSet<Long>(idsOf("p.phone", phones));
    ids.addAll(idsOf("p.idNumberDigest", digests));
    ids.addAll(em.createQuery(
            "select p.id from Person p where p.unit.path like :prefix and p.departedAt is null", Long.class)
        .setParameter("prefix", scope.path() + "%")
        .getResultList());
    return load(new ArrayList<>(ids), scope);
  }

  private List<Long> idsOf(String field, Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<Long> ids = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      ids.addAll(em.createQuery("select p.id from Person p where " + field + " in :values", Long.class)
          .setParameter("values", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .getResultList());
    }
    return ids;
  }

  private List<ImportPlan.Known> load(List<Long> ids, OrgUnit scope) {
    var known = new ArrayList<ImportPlan.Known>(ids.size());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Map<Long, Set<Position>> positions = positions(chunk);
      em.createQuery(
              """
              select p.id, p.name, p.gender, p.phone, p.idNumberDigest, u.code, u.path, p.dispatchingUnit, p.departedAt
              from Person p join p.unit u where p.id in :ids
              """,
              Object[].class)
          .setParameter("ids", chunk)
          .getResultStream()
          .forEach(r -> known.add(new ImportPlan.Known(
              (Long) r[0], (String) r[1], (Gender) r[2], (String) r[3], Optional.ofNullable((String) r[4]),
              (String) r[5], positions.getOrDefault((Long) r[0], Set.of()), Optional.ofNullable((String) r[7]),
              r[8] != null, ((String) r[6]).startsWith(scope.path()))));
    }
    return known;
  }

  private Map<Long, Set<Position>> positions(List<Long> ids) {
    var positions = new HashMap<Long, Set<Position>>();
    em.createQuery("select p.id, q from Person p join p.positions q where p.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(r -> positions.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(Position.class)).add((Position) r[1]));
    return positions;
  }
}
