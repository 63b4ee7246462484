package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PeopleCriteria;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.platform.audience.AudienceRule;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.entity.TrainingSession;

/** Turns a session's audience rule and named additions into people, as the org tree stands now. */
@ApplicationScoped
public class AudienceResolver {

  @Inject OrgDirectory org;

  /** The people, each once and ordered by id, and which of them came by name only. */
  public record Audience(List<PersonRef> people, Set<Long> addedIds) {}

  public Audience resolve(Caller caller, TrainingSession session) {
    return resolve(caller, session.audience(), session.additions());
  }

  /** A rule and additions not saved yet (the editor's count while planning), the rule's subtree in the caller's scope. */
  public Audience resolve(Caller caller, AudienceRule rule, Collection<String> additions) {
    return resolve(rule, additions, criteria -> org.peopleMatching(caller, criteria));
  }

  /** The same without a caller, for keeping a published audience current when people change. */
  public Audience resolveForSystem(TrainingSession session) {
    return resolve(session.audience(), session.additions(), org::peopleMatchingForSystem);
  }

  private Audience resolve(AudienceRule rule, Collection<String> additions,
      Function<PeopleCriteria, List<PersonRef>> matching) {
    Map<Long, PersonRef> people = new LinkedHashMap<>();
    if (rule != null) {
      var criteria = new PeopleCriteria(rule.unitCode(), rule.positions(), rule.weakAndLaxOnly(), rule.starTargets());
      matching.apply(criteria).forEach(person -> people.put(person.id(), person));
    }
    List<PersonRef> named = org.peopleNamed(additions);
    Set<Long> added = named.stream().map(PersonRef::id).filter(id -> !people.containsKey(id)).collect(Collectors.toSet());
    named.forEach(person -> people.putIfAbsent(person.id(), person));
    return new Audience(new ArrayList<>(people.values()), added);
  }
}
