package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.AccountHolder;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PeopleChanged;
import org.zhixing.org.boundary.UnitMoved;

/**
 * Keeps the rosters of running plans true to the people, in the transaction of the change: someone who now serves
 * elsewhere in the plan's subtree is counted at their new unit (with the unit they came from); someone who departed, or
 * moved out of the subtree, is marked so and leaves the denominator from that moment; someone the rule picks anew joins.
 * Nobody is deleted, so nobody is silently dropped, and a person has one line per plan, so nobody counts twice.
 */
@ApplicationScoped
public class RosterKeeper {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject OrgDirectory org;
  @Inject PlanRepository plans;
  @Inject RosterResolver resolver;
  @Inject RosterStore rosters;

  void onPeopleChanged(@Observes PeopleChanged changed) {
    org.findUnitForSystem(changed.unitCode()).ifPresent(unit -> followPlansOver(List.of(unit.path())));
  }

  void onUnitMoved(@Observes UnitMoved moved) {
    em.flush();
    rosters.rebase(moved.oldPath(), moved.newPath());
    followPlansOver(List.of(moved.oldPath(), moved.newPath()));
  }

  /** Brings the plan's roster up to date with where its people serve now. */
  public void follow(TrainingPlan plan) {
    Instant now = Instant.now();
    Map<Long, RosterStore.Member> members = rosters.members(plan.id());
    List<RosterPerson> picked = resolver.forSystem(plan);
    rosters.enrol(plan.id(), picked, now);
    Set<Long> pickedIds = picked.stream().map(RosterPerson::id).collect(Collectors.toSet());
    Map<Long, AccountHolder> holders = resolver.holdersUnder(plan);
    for (RosterStore.Member member : members.values()) {
      if (pickedIds.contains(member.personId())) {
        continue;
      }
      AccountHolder holder = holders.get(member.personId());
      if (holder == null) {
        rosters.leave(plan.id(), member.personId(), LeftReason.MOVED_OUT, now);
      } else if (holder.departed()) {
        rosters.leave(plan.id(), member.personId(), LeftReason.DEPARTED, now);
      } else {
        // still serving in the subtree but no longer picked (another post, another village): required all the same
        rosters.move(plan.id(), member.personId(), holder.unitCode(), holder.unitPath());
      }
    }
  }

  private void followPlansOver(List<String> changedPaths) {
    em.flush();
    LocalDate today = LocalDate.ofInstant(Instant.now(), PlanProgress.CITY_TIME);
    changedPaths.stream()
        .flatMap(path -> plans.runningOverlapping(path, today).stream())
        .distinct()
        .forEach(this::follow);
  }
}
