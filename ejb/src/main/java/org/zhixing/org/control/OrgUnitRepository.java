package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.SubtreeMove;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/**
 * Loads org units and counts what lies beneath them. Subtrees are prefix matches on {@code path}; the counting queries
 * group a subtree by the child segment of the path, so one scan answers for all children at once.
 */
@ApplicationScoped
public class OrgUnitRepository {

  private static final int CODE_LENGTH = 12;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  public Optional<OrgUnit> findByCode(String code) {
    return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public OrgUnit getByCode(String code) {
    return findByCode(code).orElseThrow(() -> new OrgUnitNotFoundException(code));
  }

  /** The root of the tree, the city. */
  public Optional<OrgUnit> root() {
    return em.createQuery("select u from OrgUnit u where u.parent is null", OrgUnit.class).getResultStream().findFirst();
  }

  public List<OrgUnit> findByCodes(Collection<String> codes) {
    return em.createQuery("select u from OrgUnit u where u.code in :codes order by u.depth", OrgUnit.class)
        .setParameter("codes", codes)
        .getResultList();
  }

  public List<OrgUnit> children(OrgUnit parent) {
    return em.createQuery(
            "select u from OrgUnit u where u.parent = :parent and u.retiredAt is null order by u.code", OrgUnit.class)
        .setParameter("parent", parent)
        .getResultList();
  }

  /** Units of the subtree whose name contains {@code text}, higher levels first. */
  public Page<OrgUnit> searchByName(OrgUnit scope, String text, PageRequest page) {
    String where =
        " from OrgUnit u where u.path like :prefix and u.name like :name escape '\\' and u.retiredAt is null";
    List<OrgUnit> items =
        em.createQuery("select u" + where + " order by u.depth, u.code", OrgUnit.class)
            .setParameter("prefix", scope.path() + "%")
            .setParameter("name", Like.containing(text))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("select count(u)" + where, Long.class)
            .setParameter("prefix", scope.path() + "%")
            .setParameter("name", Like.containing(text))
            .getSingleResult();
    return Page.of(items, page, total);
  }

  /** Units and serving people of the subtree; people who departed after an election are history, not counted. */
  public SubtreeCounts countsOf(OrgUnit unit) {
    Object[] units =
        (Object[])
            em.createNativeQuery(
                    """
                    select count(*) filter (where kind in ('VILLAGE', 'COMMUNITY')),
                           count(*) filter (where depth = ?2 and retired_at is null)
                    from org_unit where path like ?1
                    """)
                .setParameter(1, unit.path() + "%")
                .setParameter(2, unit.depth() + 1)
                .getSingleResult();
    Number people =
        (Number)
            em.createNativeQuery(
                    """
                    select count(*) from person p join org_unit u on u.id = p.org_unit_id
                    where u.path like ?1 and p.departed_at is null
                    """)
                .setParameter(1, unit.path() + "%")
                .getSingleResult();
    return new SubtreeCounts(asLong(units[0]), people.longValue(), asLong(units[1]));
  }

  /** Counts of every child's subtree, by child code; children with nothing beneath them are absent. */
  public Map<String, SubtreeCounts> countsOfChildren(OrgUnit parent) {
    int childSegmentStart = parent.path().length() + 1;
    Map<String, SubtreeCounts> counts = new HashMap<>();
    List<?> unitRows =
        em.createNativeQuery(
                """
                select substr(path, ?1, ?2),
                       count(*) filter (where kind in ('VILLAGE', 'COMMUNITY')),
                       count(*) filter (where depth = ?4 and retired_at is null)
                from org_unit where path like ?3 and depth > ?5
                group by 1
                """)
            .setParameter(1, childSegmentStart)
            .setParameter(2, CODE_LENGTH)
            .setParameter(3, parent.path() + "%")
            .setParameter(4, parent.depth() + 2)
            .setParameter(5, parent.depth())
            .getResultList();
    for (Object row : unitRows) {
      Object[] r = (Object[]) row;
      counts.put((String) r[0], new SubtreeCounts(asLong(r[1]), 0, asLong(r[2])));
    }
    List<?> peopleRows =
        em.createNativeQuery(
                """
                select substr(u.path, ?1, ?2), count(*)
                from person p join org_unit u on u.id = p.org_unit_id
                where u.path like ?3 and u.depth > ?4 and p.departed_at is null
                group by 1
                """)
            .setParameter(1, childSegmentStart)
            .setParameter(2, CODE_LENGTH)
            .setParameter(3, parent.path() + "%")
            .setParameter(4, parent.depth())
            .getResultList();
    for (Object row : peopleRows) {
      Object[] r = (Object[]) row;
      counts.merge(
          (String) r[0],
          new SubtreeCounts(0, asLong(r[1]), 0),
          (a, b) -> new SubtreeCounts(a.villages(), b.people(), a.children()));
    }
    return counts;
  }

  /**
   * Rebases the paths and depths of every unit below a moved one, in one statement; the moved unit itself already has
   * its new path (flushed first), so the old prefix matches only what lay below it.
   */
  public void moveDescendants(SubtreeMove move) {
    em.flush();
    em.createNativeQuery(
            """
            update org_unit set path = ?1 || substr(path, ?2), depth = depth + ?3, version = version + 1
            where path like ?4 and code <> ?5
            """)
        .setParameter(1, move.newPath())
        .setParameter(2, move.oldPath().length() + 1)
        .setParameter(3, move.depthChange())
        .setParameter(4, move.oldPath() + "%")
        .setParameter(5, move.code())
        .executeUpdate();
  }

  /** The villages and communities of the subtree marked weak-and-lax for {@code year}. */
  public List<OrgUnit> weakAndLax(OrgUnit root, int year) {
    return em.createQuery(
            """
            select u from OrgUnit u
            where u.path like :prefix and u.categories.weakYear = :year and u.retiredAt is null
            order by u.path
            """,
            OrgUnit.class)
        .setParameter("prefix", root.path() + "%")
        .setParameter("year", year)
        .getResultList();
  }

  /** Writes pending changes, so that counts and versions read next are those of the change. */
  public void flush() {
    em.flush();
  }

  private static long asLong(Object number) {
    return ((Number) number).longValue();
  }
}
