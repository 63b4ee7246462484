package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhixing.coverage.control.ItemTitles;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.PlanProgress;
import org.zhixing.coverage.control.PlanRepository;
import org.zhixing.coverage.control.RosterKeeper;
import org.zhixing.coverage.control.RosterPerson;
import org.zhixing.coverage.control.RosterResolver;
import org.zhixing.coverage.control.RosterStore;
import org.zhixing.coverage.entity.PlanDetails;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanPublishedException;
import org.zhixing.coverage.entity.PlanStatus;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/**
 * Training plans for org admins: written as drafts within their subtree, published to fix the roster (the
 * denominator), recomputed on demand; and each learner's own plans with where they stand.
 */
@Stateless
public class TrainingPlans {

  @Inject OrgDirectory org;
  @Inject PlanRepository plans;
  @Inject PlanAccess access;
  @Inject RosterResolver resolver;
  @Inject RosterStore rosters;
  @Inject RosterKeeper keeper;
  @Inject PlanProgress progress;
  @Inject ItemTitles titles;

  /** A learner's plan, their line on it and when they did each item they did. */
  public record OwnPlan(TrainingPlan plan, RosterStore.OwnLine line, Map<PlanItem, Instant> done) {}

  public Page<TrainingPlan> list(Caller caller, PageRequest page) {
    return plans.concerning(org.scopeOf(caller).path(), page);
  }

  /** The titles of the plans' items, as their features name them now (none for an item deleted since). */
  public Map<PlanItem, String> titles(Collection<TrainingPlan> shown) {
    return titles.of(shown);
  }

  public TrainingPlan get(Caller caller, long id) {
    return PlanRepository.withItems(access.visible(caller, id));
  }

  public TrainingPlan create(Caller caller, PlanDetails details) {
    TrainingPlan plan = new TrainingPlan(caller.username(), Instant.now());
    plan.describe(details, audiencePath(caller, details));
    plans.add(plan);
    return PlanRepository.withItems(plan);
  }

  public TrainingPlan describe(Caller caller, long id, PlanDetails details) {
    TrainingPlan plan = access.managed(caller, id);
    plan.describe(details, audiencePath(caller, details));
    return PlanRepository.withItems(plan);
  }

  public void delete(Caller caller, long id) {
    TrainingPlan plan = access.managed(caller, id);
    if (plan.status() == PlanStatus.PUBLISHED) {
      throw new PlanPublishedException(id);
    }
    plans.remove(plan);
  }

  /** Publishes the plan: its rule picks the roster now, and what they already did in the period is counted. */
  public int publish(Caller caller, long id) {
    TrainingPlan plan = access.managed(caller, id);
    plan.publish(Instant.now());
    plans.flush();
    List<RosterPerson> roster = resolver.forCaller(caller, plan);
    rosters.enrol(plan.id(), roster, plan.publishedAt());
    progress.recompute(plan);
    rosters.analyze();
    return roster.size();
  }

  /** Follows people's moves and departures again and recounts what they did: for a plan the events could not reach. */
  public void recompute(Caller caller, long id) {
    TrainingPlan plan = access.managed(caller, id);
    if (plan.status() != PlanStatus.PUBLISHED) {
      return;
    }
    keeper.follow(plan);
    progress.recompute(plan);
  }

  /** The published plans the caller is counted in, with their own progress; by deadline. */
  public List<OwnPlan> mine(Caller caller) {
    List<RosterStore.OwnLine> lines = rosters.linesOf(caller.username());
    Map<Long, TrainingPlan> byId = plans.byIds(lines.stream().map(RosterStore.OwnLine::planId).toList()).stream()
        .collect(Collectors.toMap(TrainingPlan::id, Function.identity()));
    Map<Long, Map<PlanItem, Instant>> done = rosters.itemsDoneBy(caller.username());
    return lines.stream().map(line -> new OwnPlan(PlanRepository.withItems(byId.get(line.planId())), line,
        done.getOrDefault(line.planId(), Map.of()))).toList();
  }

  private String audiencePath(Caller caller, PlanDetails details) {
    return details.audience() == null ? null : org.visibleUnit(caller, details.audience().unitCode()).path();
  }
}
