package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Person;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/** Lists the people of a subtree. */
@ApplicationScoped
public class PersonRepository {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /**
   * One page of the people serving anywhere in {@code unit}'s subtree (not those who departed), ordered by where they serve. Pages by id first
   * and fetches the page's people with their unit and posts after, so that the collection fetch does not defeat the
   * paging.
   */
  public Page<Person> inSubtree(OrgUnit unit, PeopleFilter filter, PageRequest page) {
    List<Long> ids =
        bind(em.createQuery("select p.id" + from(filter) + " order by u.path, p.id", Long.class), unit, filter)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = bind(em.createQuery("select count(p)" + from(filter), Long.class), unit, filter).getSingleResult();
    return Page.of(loadInOrder(ids), page, total);
  }

  /** A person with their unit and posts, departed or not. */
  public Optional<Person> find(long id) {
    return em.createQuery(
            "select p from Person p join fetch p.unit left join fetch p.positions where p.id = :id", Person.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Moves everyone attached to {@code from} itself (not its subtree) to {@code to}; answers how many moved. */
  public int moveAll(OrgUnit from, OrgUnit to) {
    em.flush();
    return em.createNativeQuery("update person set org_unit_id = ?1, version = version + 1 where org_unit_id = ?2")
        .setParameter(1, to.id())
        .setParameter(2, from.id())
        .executeUpdate();
  }

  private static String from(PeopleFilter filter) {
    StringBuilder jpql = new StringBuilder(" from Person p join p.unit u");
    if (filter.position() != null) {
      jpql.append(" join p.positions pos");
    }
    jpql.append(" where u.path like :prefix and p.departedAt is null");
    if (filter.position() != null) {
      jpql.append(" and pos = :position");
    }
    if (filter.nameContains() != null) {
      jpql.append(" and p.name like :name escape '\\'");
    }
    return jpql.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, OrgUnit unit, PeopleFilter filter) {
    query.setParameter("prefix", unit.path() + "%");
    if (filter.position() != null) {
      query.setParameter("position", filter.position());
    }
    if (filter.nameContains() != null) {
      query.setParameter("name", Like.containing(filter.nameContains()));
    }
    return query;
  }

  private List<Person> loadInOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Person> byId =
        em.createQuery(
                """
                select distinct p from Person p
                join fetch p.unit
                left join fetch p.positions
                where p.id in :ids
                """,
                Person.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    return ids.stream().map(byId::get).toList();
  }
}
