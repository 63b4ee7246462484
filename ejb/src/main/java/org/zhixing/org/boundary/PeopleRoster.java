package org.zhixing.org.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.zhixing.org.control.OrgUnitRepository;
import org.zhixing.org.control.OutOfScopeException;
import org.zhixing.org.control.PersonNotFoundException;
import org.zhixing.org.control.ScopeGuard;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * The people as the holders of login accounts, for the feature that keeps their accounts: who serves in a subtree
 * (departed people included, since their accounts must be disabled), one person checked against an admin's scope, and
 * the link from a person to their login name.
 */
@Stateless
public class PeopleRoster {

  private static final String HOLDER = """
      select new org.zhixing.org.boundary.AccountHolder(
        p.id, p.name, p.phone, u.code, u.path, case when p.departedAt is null then false else true end, p.username)
      from Person p join p.unit u
      """;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject OrgUnitRepository units;
  @Inject ScopeGuard scope;

  /** Everyone who serves or served in the subtree of {@code unitCode}; a system task, no caller's scope applies. */
  public List<AccountHolder> inSubtree(String unitCode) {
    OrgUnit unit = units.getByCode(unitCode);
    return em.createQuery(HOLDER + " where u.path like :prefix order by p.id", AccountHolder.class)
        .setParameter("prefix", unit.path() + "%")
        .getResultList();
  }

  /** One person who serves in the caller's subtree; departed people are no longer administered. */
  public AccountHolder holder(Caller caller, long personId) {
    AccountHolder holder = em.createQuery(HOLDER + " where p.id = :id and p.departedAt is null", AccountHolder.class)
        .setParameter("id", personId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new PersonNotFoundException(personId));
    if (!holder.unitPath().startsWith(scope.scopeOf(caller).path())) {
      throw new OutOfScopeException(holder.unitCode());
    }
    return holder;
  }

  /** The caller's subtree, or the subtree of one unit in it; its path is the prefix of its people's unit paths. */
  public Subtree subtreeOf(Caller caller, String unitCode) {
    OrgUnit unit = unitCode == null ? scope.scopeOf(caller) : scope.visibleUnit(caller, unitCode);
    return new Subtree(unit.code(), unit.path());
  }

  /** A unit and everything under it: {@link AccountHolder#unitPath()} starts with {@code path} for its people. */
  public record Subtree(String unitCode, String path) {}

  /** Records the login name of each person (person id → username). */
  public void linkUsernames(Map<Long, String> usernames) {
    usernames.forEach((id, username) ->
        em.createQuery("update Person p set p.username = :username where p.id = :id and p.username is null")
            .setParameter("username", username)
            .setParameter("id", id)
            .executeUpdate());
  }
}
