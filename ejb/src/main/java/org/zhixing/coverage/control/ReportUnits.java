package org.zhixing.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/** The unit a report of a plan is about, as every coverage report, ranking and trend picks it. */
@ApplicationScoped
public class ReportUnits {

  @Inject OrgDirectory org;

  /**
   * The unit asked for, checked against the caller's scope; by default the plan's own unit when it lies in the
   * caller's subtree, else the top of that subtree (a county admin reading a city plan reads their county).
   */
  public OrgUnit unitOf(Caller caller, TrainingPlan plan, String unitCode) {
    if (unitCode != null) {
      return org.visibleUnit(caller, unitCode);
    }
    OrgUnit scope = org.scopeOf(caller);
    return plan.liesWithin(scope.path()) ? org.visibleUnit(caller, plan.audience().unitCode()) : scope;
  }
}
