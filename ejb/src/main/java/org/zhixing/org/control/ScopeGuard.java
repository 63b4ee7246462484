package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.platform.security.Caller;
import org.zhixing.org.entity.OrgUnit;

/** Decides which subtree a caller may see, and refuses units outside it. */
@ApplicationScoped
public class ScopeGuard {

  @Inject OrgUnitRepository units;

  /** The root of the caller's subtree: the whole tree for system admins, else their account's org unit. */
  public OrgUnit scopeOf(Caller caller) {
    if (caller.seesWholeTree()) {
      return units.root().orElseThrow(() -> new NoOrgScopeException(caller.username()));
    }
    return caller
        .orgUnitCode()
        .flatMap(units::findByCode)
        .orElseThrow(() -> new NoOrgScopeException(caller.username()));
  }

  /** The unit with this code, if the caller may see it. */
  public OrgUnit visibleUnit(Caller caller, String code) {
    OrgUnit unit = units.getByCode(code);
    if (!scopeOf(caller).contains(unit)) {
      throw new OutOfScopeException(code);
    }
    return unit;
  }

  /**
   * The unit with this code, if the caller may change it: strictly below the top of their subtree (a county admin
   * edits townships and villages, not the county) and not retired by a merge.
   */
  public OrgUnit editableUnit(Caller caller, String code) {
    OrgUnit top = scopeOf(caller);
    OrgUnit unit = units.getByCode(code);
    if (!top.contains(unit)) {
      throw new OutOfScopeException(code);
    }
    if (unit.equals(top)) {
      throw new UnitNotEditableException(code);
    }
    if (unit.isRetired()) {
      throw new UnitRetiredException(code);
    }
    return unit;
  }
}
