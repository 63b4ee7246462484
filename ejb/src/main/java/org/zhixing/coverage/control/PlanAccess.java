package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.security.Caller;

/**
 * Who may see and who may change a plan. An admin sees the plans inside their subtree and those covering it (a city
 * plan, for their county's figures); they change only the plans inside it. Anything else is not found.
 */
@ApplicationScoped
public class PlanAccess {

  @Inject PlanRepository plans;
  @Inject OrgDirectory org;

  public TrainingPlan visible(Caller caller, long id) {
    String scope = org.scopeOf(caller).path();
    return plans.find(id).filter(plan -> plan.concerns(scope)).orElseThrow(() -> new PlanNotFoundException(id));
  }

  public TrainingPlan managed(Caller caller, long id) {
    String scope = org.scopeOf(caller).path();
    return plans.find(id).filter(plan -> plan.liesWithin(scope)).orElseThrow(() -> new PlanNotFoundException(id));
  }
}
