package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.RosterPeople;
import org.zhixing.coverage.control.RosterPeople.Line;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/**
 * The people a plan requires in one unit of the caller's subtree (a village, at the bottom of the dashboard's
 * drill-down), each with their status. A unit outside the caller's subtree is {@code out-of-scope}.
 */
@Stateless
public class PlanPeople {

  @Inject PlanAccess access;
  @Inject OrgDirectory org;
  @Inject CoverageSums sums;
  @Inject RosterPeople people;

  /** A roster line and the name of the unit the person is counted at. */
  public record Person(Line line, String unitName) {}

  public Page<Person> in(Caller caller, long planId, String unitCode, PageRequest page) {
    sums.planForEachPath();
    access.visible(caller, planId);
    Page<Line> lines = people.within(planId, org.visibleUnit(caller, unitCode).path(), page);
    Map<String, String> names = org.unitNames(lines.items().stream().map(Line::unitCode).distinct().toList());
    return lines.map(line -> new Person(line, names.get(line.unitCode())));
  }
}
