package org.zhixing.org.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.VillagePlan;
import org.zhixing.platform.audit.AuditSubject;

/** What the audit log keeps of org units and plans: the fields an admin can change, in a fixed order. */
public final class AuditedStates {

  public static final String UNIT = "ORG_UNIT";
  public static final String PLAN = "VILLAGE_PLAN";

  private AuditedStates() {}

  public static AuditSubject subject(OrgUnit unit) {
    return new AuditSubject(UNIT, unit.code(), unit.name(), unit.path());
  }

  public static AuditSubject subject(OrgUnit village, int year) {
    return new AuditSubject(PLAN, village.code() + "/" + year, village.name() + " " + year, village.path());
  }

  /** Name and, for villages, star target and weak-and-lax year. */
  public static Map<String, Object> attributes(OrgUnit unit) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", unit.name());
    if (unit.kind().isGrassroots()) {
      state.put("starTarget", unit.categories().starTarget());
      state.put("weakYear", unit.categories().weakYear());
    }
    return state;
  }

  /** Where the unit sits: its parent and path. */
  public static Map<String, Object> place(OrgUnit unit, OrgUnit parent) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("parentCode", parent.code());
    state.put("parentName", parent.name());
    state.put("path", unit.path());
    return state;
  }

  /** A township in a merge: whether it is active, and which villages it holds. */
  public static Map<String, Object> township(OrgUnit township, List<String> villageCodes, String mergedInto) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("retired", township.isRetired());
    state.put("mergedInto", mergedInto);
    state.put("villages", villageCodes);
    return state;
  }

  public static Map<String, Object> plan(VillagePlan plan) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("content", plan.content());
    return state;
  }
}
