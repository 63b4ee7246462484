package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PeopleCriteria;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.entity.AudienceRule;
import org.zhixing.schedule.entity.TrainingSession;

/** Turns a session's audience rule and named additions into people, as the org tree stands now. */
@ApplicationScoped
public class AudienceResolver {

  @Inject OrgDirectory org;

  /** The people, each once and ordered by id, and which of them came by name only. */
  public record Audience(List<PersonRef> people, Set<Long> addedIds) {}

  public Audience resolve(Caller caller, TrainingSession session) {
    Map<Long, PersonRef> people = new LinkedHashMap<>();
    AudienceRule rule = session.audience();
    if (rule != null) {
      var criteria = new PeopleCriteria(rule.unitCode(), rule.positions(), rule.weakAndLaxOnly(), rule.starTargets());
      org.peopleMatching(caller, criteria).forEach(person -> people.put(person.id(), person));
    }
    List<PersonRef> named = org.peopleNamed(session.additions());
    Set<Long> added = named.stream().map(PersonRef::id).filter(id -> !people.containsKey(id)).collect(Collectors.toSet());
    named.forEach(person -> people.putIfAbsent(person.id(), person));
    return new Audience(new ArrayList<>(people.values()), added);
  }
}
