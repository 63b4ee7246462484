package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
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

  /**
   * The unit of a report asked for, checked against the caller's scope; by default the plan's own unit when it lies in
   * the caller's subtree, else the top of that subtree (a county admin reading a city plan reads their county).
   */
  public OrgUnit unitOf(Caller caller, TrainingPlan plan, String unitCode) {
    if (unitCode != null) {
      return org.visibleUnit(caller, unitCode);
    }
    OrgUnit scope = org.scopeOf(caller);
    return plan.liesWithin(scope.path()) ? org.visibleUnit(caller, plan.audience().unitCode()) : scope;
  }
}
