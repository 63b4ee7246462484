package org.zhixing.org.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhixing.platform.security.Caller;
import org.zhixing.org.control.OrgUnitRepository;
import org.zhixing.org.control.PeopleCards;
import org.zhixing.org.control.PeopleFilter;
import org.zhixing.org.control.PersonNotFoundException;
import org.zhixing.org.control.PeopleMatching;
import org.zhixing.org.control.UnknownPositionException;
import org.zhixing.org.control.PersonRepository;
import org.zhixing.org.control.PhoneDisclosure;
import org.zhixing.org.control.ScopeGuard;
import org.zhixing.org.control.SubtreeCounts;
import org.zhixing.org.control.UnitSummary;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Person;
import org.zhixing.org.entity.Position;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;

/**
 * Browsing the org tree and its people. Every operation is bounded by the caller's subtree: a county admin asking for
 * another county gets {@code out-of-scope}, never its data.
 */
@Stateless
public class OrgDirectory {

  @Inject ScopeGuard scope;
  @Inject OrgUnitRepository units;
  @Inject PersonRepository people;
  @Inject PeopleMatching matching;
  @Inject PeopleCards cards;

  public UnitSummary unit(Caller caller, String code) {
    OrgUnit unit = scope.visibleUnit(caller, code);
    return new UnitSummary(unit, units.countsOf(unit));
  }

  /** The unit with this code, if it lies in the caller's subtree; else {@code out-of-scope}. */
  public OrgUnit visibleUnit(Caller caller, String code) {
    return scope.visibleUnit(caller, code);
  }

  /** The unit at the top of the caller's subtree. */
  public OrgUnit scopeOf(Caller caller) {
    return scope.scopeOf(caller);
  }

  /** Whether {@code unit} lies in the caller's subtree. */
  public boolean isInScope(Caller caller, OrgUnit unit) {
    return scope.scopeOf(caller).contains(unit);
  }

  /**
   * Whether the unit with this code lies in the caller's subtree; false for a null or unknown code. For features that
   * keep a person's unit code on their own rows and must decide whether an admin may see them.
   */
  public boolean coversUnit(Caller caller, String code) {
    return code != null && units.findByCode(code).map(unit -> scope.scopeOf(caller).contains(unit)).orElse(false);
  }

  /** A unit by code, without any scope check: for system tasks such as loading content, never to answer a caller. */
  public OrgUnit unitForSystem(String code) {
    return units.getByCode(code);
  }

  /** A unit by code if there is one, without any scope check: for system tasks that must not fail on a stale code. */
  public Optional<OrgUnit> findUnitForSystem(String code) {
    return units.findByCode(code);
  }

  /** The units from the city down to the caller's own unit; empty when their account has none. */
  public List<OrgUnit> ownUnitPath(Caller caller) {
    return caller.orgUnitCode().flatMap(units::findByCode).map(own -> units.findByCodes(own.pathCodes())).orElse(List.of());
  }

  public List<UnitSummary> children(Caller caller, String code) {
    OrgUnit parent = scope.visibleUnit(caller, code);
    Map<String, SubtreeCounts> counts = units.countsOfChildren(parent);
    return units.children(parent).stream()
        .map(child -> new UnitSummary(child, counts.getOrDefault(child.code(), SubtreeCounts.EMPTY)))
        .toList();
  }

  public Page<UnitSummary> search(Caller caller, String text, PageRequest page) {
    return units.searchByName(scope.scopeOf(caller), text, page).map(unit -> new UnitSummary(unit, units.countsOf(unit)));
  }

  /** People serving in the subtree, each phone whole or masked as {@link PhoneDisclosure} says for this caller. */
  public Page<DisclosedPerson> people(Caller caller, String code, PeopleFilter filter, PageRequest page) {
    PhoneDisclosure disclosure = new PhoneDisclosure(caller, scope.scopeOf(caller));
    return people
        .inSubtree(scope.visibleUnit(caller, code), filter, page)
        .map(person -> new DisclosedPerson(person, disclosure.phoneOf(person)));
  }

  /** One person of the caller's subtree, departed or not; anyone else is not found. */
  public DisclosedPerson person(Caller caller, long id) {
    OrgUnit top = scope.scopeOf(caller);
    Person person = people.find(id).filter(p -> top.contains(p.unit())).orElseThrow(() -> new PersonNotFoundException(id));
    return new DisclosedPerson(person, new PhoneDisclosure(caller, top).phoneOf(person));
  }

  /** The path of a unit the caller may see, or of the top of their subtree when no code is given: to scope by prefix. */
  public String visiblePath(Caller caller, String code) {
    return (code == null ? scope.scopeOf(caller) : scope.visibleUnit(caller, code)).path();
  }

  /** The serving people a rule picks, the rule's subtree checked against the caller's scope; ordered by id. */
  public List<PersonRef> peopleMatching(Caller caller, PeopleCriteria criteria) {
    return matching(scope.visibleUnit(caller, criteria.subtreeCode()), criteria);
  }

  /**
   * The serving people a rule picks, with no caller's scope: for system tasks such as keeping a published audience
   * current when people change (the rule's subtree was checked against its planner's scope when it was saved).
   */
  public List<PersonRef> peopleMatchingForSystem(PeopleCriteria criteria) {
    return matching(units.getByCode(criteria.subtreeCode()), criteria);
  }

  private List<PersonRef> matching(OrgUnit subtree, PeopleCriteria criteria) {
    List<Position> positions = criteria.positions().stream().map(OrgDirectory::position).toList();
    return refs(matching.matching(subtree, positions, criteria.weakAndLaxOnly(), criteria.starTargets()));
  }

  /** Up to {@code limit} serving people of the caller's subtree with an account whose name or sign-in name has {@code text}. */
  public List<PersonRef> accountHoldersLike(Caller caller, String text, int limit) {
    return refs(matching.withAccountsLike(scope.scopeOf(caller), text, limit));
  }

  /** The serving people with these sign-in names, wherever they serve (a session may invite people from outside). */
  public List<PersonRef> peopleNamed(Collection<String> usernames) {
    return usernames.isEmpty() ? List.of() : refs(matching.named(usernames));
  }

  /**
   * Name, unit and posts of the people with these ids, departed or not, keyed by id: for another feature's lists of the
   * people it keeps by id (the caller's right to see them is that feature's check). Unknown ids are left out.
   */
  public Map<Long, PersonCard> peopleCards(Collection<Long> ids) {
    return cards.byId(ids).values().stream()
        .map(card -> new PersonCard(card.id(), card.name(), card.unitCode(), card.positions()))
        .collect(Collectors.toMap(PersonCard::id, card -> card));
  }

  /** Unit names by code, for labelling counts another feature keeps by unit code; unknown codes are left out. */
  public Map<String, String> unitNames(Collection<String> codes) {
    return codes.isEmpty() ? Map.of() : units.findByCodes(codes).stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));
  }

  /** The posts the caller holds and whether they serve in a weak-and-lax village: what audience rules ask. */
  public PersonStanding standingOf(Caller caller) {
    return matching.standingOf(caller.username())
        .map(found -> new PersonStanding(found.positions(), found.weakAndLax()))
        .orElse(PersonStanding.NONE);
  }

  /**
   * For each of these unit codes, the unit directly below the top of the caller's subtree that holds it (or the top
   * itself, for a code of its own): to roll figures another feature keeps by unit code up one level below the
   * caller. Codes outside the subtree or unknown are left out.
   */
  public Map<String, OrgUnit> childrenOfScopeHolding(Caller caller, Collection<String> codes) {
    OrgUnit top = scope.scopeOf(caller);
    Map<String, OrgUnit> children = units.children(top).stream().collect(Collectors.toMap(OrgUnit::code, unit -> unit));
    int below = top.pathCodes().size();
    Map<String, OrgUnit> holding = new HashMap<>();
    for (OrgUnit unit : codes.isEmpty() ? List.<OrgUnit>of() : units.findByCodes(codes)) {
      List<String> path = unit.pathCodes();
      OrgUnit child = !top.contains(unit) ? null : path.size() == below ? top : children.get(path.get(below));
      if (child != null) {
        holding.put(unit.code(), child);
      }
    }
    return holding;
  }

  private static List<PersonRef> refs(List<PeopleMatching.MatchedPerson> people) {
    return people.stream().map(p -> new PersonRef(p.id(), p.username(), p.name(), p.unitCode())).toList();
  }

  private static Position position(String name) {
    try {
      return Position.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new UnknownPositionException(name);
    }
  }
}
