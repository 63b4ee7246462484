package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.AccountHolder;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PeopleCriteria;
import org.zhixing.org.boundary.PeopleRoster;
import org.zhixing.org.boundary.PersonCard;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.platform.audience.AudienceRule;
import org.zhixing.platform.security.Caller;

/**
 * Resolves a plan's rule to roster lines through the org feature's own rule matching (the one session audiences use):
 * the people it picks, and which of them are party secretaries or serve in weak-and-lax or star-target villages, each
 * asked as the same rule narrowed, so that one indexed query answers each question at city scale.
 */
@ApplicationScoped
public class RosterResolver {

  static final String PARTY_SECRETARY = "PARTY_SECRETARY";
  private static final Set<Integer> ANY_STAR = Set.of(1, 2, 3, 4, 5);

  @Inject OrgDirectory org;
  @Inject PeopleRoster people;

  /** At publishing: the rule's subtree is checked against the caller's scope. */
  public List<RosterPerson> forCaller(Caller caller, TrainingPlan plan) {
    return resolve(plan, criteria -> org.peopleMatching(caller, criteria));
  }

  /** When people change: a system task, the rule was checked when the plan was published. */
  public List<RosterPerson> forSystem(TrainingPlan plan) {
    return resolve(plan, org::peopleMatchingForSystem);
  }

  /** Everyone who serves or served under the plan's unit, by person id: where they are now and whether they left. */
  public Map<Long, AccountHolder> holdersUnder(TrainingPlan plan) {
    return people.inSubtree(plan.audience().unitCode()).stream()
        .collect(Collectors.toMap(AccountHolder::personId, holder -> holder, (a, b) -> a));
  }

  private List<RosterPerson> resolve(TrainingPlan plan, Function<PeopleCriteria, List<PersonRef>> matching) {
    AudienceRule rule = plan.audience();
    List<PersonRef> picked = matching.apply(criteria(rule, rule.positions(), rule.weakAndLaxOnly(), rule.starTargets()));
    if (picked.isEmpty()) {
      return List.of();
    }
    Set<Long> weak = ids(matching.apply(criteria(rule, rule.positions(), true, rule.starTargets())));
    Set<Long> star = ids(matching.apply(criteria(rule, rule.positions(), rule.weakAndLaxOnly(),
        rule.starTargets().isEmpty() ? ANY_STAR : rule.starTargets())));
    Set<Long> secretaries = countsSecretaries(rule)
        ? ids(matching.apply(criteria(rule, Set.of(PARTY_SECRETARY), rule.weakAndLaxOnly(), rule.starTargets())))
        : Set.of();
    Map<Long, AccountHolder> holders = holdersUnder(plan);
    Map<Long, PersonCard> cards = org.peopleCards(ids(picked));
    return picked.stream()
        .filter(person -> holders.containsKey(person.id()))
        .map(person -> new RosterPerson(person.id(), person.username(), person.name(), person.unitCode(),
            holders.get(person.id()).unitPath(), posts(cards.get(person.id())), secretaries.contains(person.id()),
            weak.contains(person.id()), star.contains(person.id())))
        .toList();
  }

  /** Whether the plan is meant for village party secretaries at all: only then does full coverage ask for each village's. */
  public static boolean countsSecretaries(AudienceRule rule) {
    return rule.positions().isEmpty() || rule.positions().contains(PARTY_SECRETARY);
  }

  private static PeopleCriteria criteria(AudienceRule rule, Set<String> positions, boolean weakOnly, Set<Integer> stars) {
    return new PeopleCriteria(rule.unitCode(), positions, weakOnly, stars);
  }

  private static Set<Long> ids(Collection<PersonRef> people) {
    return people.stream().map(PersonRef::id).collect(Collectors.toSet());
  }

  private static String posts(PersonCard card) {
    return card == null ? "" : String.join(",", card.positions());
  }
}
