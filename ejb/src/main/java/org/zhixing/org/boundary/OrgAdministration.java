package org.zhixing.org.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhixing.org.control.AuditedStates;
import org.zhixing.org.control.OrgUnitChangedException;
import org.zhixing.org.control.OrgUnitRepository;
import org.zhixing.org.control.OutOfScopeException;
import org.zhixing.org.control.PersonRepository;
import org.zhixing.org.control.ScopeGuard;
import org.zhixing.org.control.UnitSummary;
import org.zhixing.org.control.VillagePlanRepository;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.SubtreeMove;
import org.zhixing.org.entity.VillagePlan;
import org.zhixing.platform.audit.AuditLog;
import org.zhixing.platform.security.Caller;

/**
 * Changes to the org tree by the admins of a subtree: rename, Five-Star target and weak-and-lax year, moving a unit,
 * merging townships, and the villages' creation plans. Only units strictly below the top of the caller's subtree are
 * changed (both ends of a move or merge), every edit names the version it was made on, and every change is written
 * to the audit log with what was before and after, in the same transaction.
 */
@Stateless
public class OrgAdministration {

  public static final String UPDATED = "ORG_UNIT_UPDATED";
  public static final String MOVED = "ORG_UNIT_MOVED";
  public static final String MERGED = "ORG_UNIT_MERGED";
  public static final String PLAN_SAVED = "VILLAGE_PLAN_SAVED";

  @Inject ScopeGuard scope;
  @Inject OrgUnitRepository units;
  @Inject PersonRepository people;
  @Inject VillagePlanRepository plans;
  @Inject AuditLog audit;
  @Inject Event<UnitMoved> moved;

  Clock clock = Clock.systemUTC();

  public UnitSummary update(Caller caller, String code, UnitEdit edit) {
    OrgUnit unit = editable(caller, code, edit.version());
    audited(caller, unit, null, () -> {
      unit.rename(edit.name());
      if (unit.kind().isGrassroots() || edit.starTarget() != null || edit.weakYear() != null) {
        unit.categorize(edit.starTarget(), edit.weakYear());
      }
    });
    return summary(unit);
  }

  /** The villages of the subtree listed weak-and-lax (软弱涣散) for {@code year}. */
  public List<OrgUnit> weakAndLax(Caller caller, String code, int year) {
    return units.weakAndLax(scope.visibleUnit(caller, code), year);
  }

  /**
   * Sets the weak-and-lax list of a year for a subtree at once (the 226 of this year): exactly the listed villages are
   * marked for {@code year}, those of the subtree marked for it before but no longer listed are cleared, and villages
   * marked for other years stay as they are. Each village that changes gets its own audit entry.
   */
  public WeakAndLaxOutcome markWeakAndLax(Caller caller, String code, int year, Set<String> villageCodes) {
    OrgUnit root = scope.visibleUnit(caller, code);
    List<OrgUnit> listed = villageCodes.stream().map(c -> scope.editableUnit(caller, c)).toList();
    for (OrgUnit village : listed) {
      if (!root.contains(village)) {
        throw new OutOfScopeException(village.code());
      }
    }
    String reason = year + " 年度软弱涣散村名单";
    int cleared = 0;
    for (OrgUnit village : units.weakAndLax(root, year)) {
      if (!listed.contains(village)) {
        audited(caller, village, reason, () -> village.categorize(village.categories().starTarget(), null));
        cleared++;
      }
    }
    int marked = 0;
    for (OrgUnit village : listed) {
      if (!Objects.equals(village.categories().weakYear(), year)) {
        audited(caller, village, reason, () -> village.categorize(village.categories().starTarget(), year));
        marked++;
      }
    }
    return new WeakAndLaxOutcome(listed.size(), marked, cleared);
  }

  /** Moves a unit (a village to another township, say) with everything below it; people stay with their unit. */
  public UnitSummary move(Caller caller, String code, String targetCode, long version) {
    OrgUnit unit = editable(caller, code, version);
    OrgUnit target = scope.editableUnit(caller, targetCode);
    moveUnder(caller, unit, target, null);
    return summary(unit);
  }

  /**
   * 乡镇合并: the villages and people of {@code absorbedCode} move to {@code survivorCode}, a township of the same
   * county; the absorbed township is retired, kept for the history that refers to it.
   */
  public UnitSummary merge(Caller caller, String absorbedCode, String survivorCode, long version) {
    OrgUnit absorbed = editable(caller, absorbedCode, version);
    OrgUnit survivor = scope.editableUnit(caller, survivorCode);
    List<OrgUnit> villages = units.children(absorbed);
    var before = AuditedStates.township(absorbed, codes(villages), null);
    absorbed.retireInto(survivor, Instant.now(clock));
    String reason = "乡镇合并：并入 " + survivor.name() + "（" + survivor.code() + "）";
    villages.forEach(village -> moveUnder(caller, village, survivor, reason));
    int peopleMoved = people.moveAll(absorbed, survivor);
    var after = AuditedStates.township(absorbed, List.of(), survivor.code());
    after.put("peopleMoved", peopleMoved);
    audit.record(caller, MERGED, AuditedStates.subject(absorbed), before, after, reason);
    return summary(survivor);
  }

  public Optional<VillagePlan> plan(Caller caller, String code, int year) {
    return plans.find(scope.visibleUnit(caller, code), year);
  }

  public List<Integer> planYears(Caller caller, String code) {
    return plans.years(scope.visibleUnit(caller, code));
  }

  /**
   * Writes a village's plan for a year: {@code version} is null to create it, else the version the edit was made on.
   */
  public VillagePlan savePlan(Caller caller, String code, int year, String content, Long version) {
    OrgUnit village = scope.editableUnit(caller, code);
    Optional<VillagePlan> existing = plans.find(village, year);
    long current = existing.map(VillagePlan::version).orElse(-1L);
    if (current != (version == null ? -1L : version)) {
      throw new OrgUnitChangedException(code, version == null ? -1L : version, current);
    }
    var before = existing.map(AuditedStates::plan).orElse(null);
    VillagePlan plan = existing.orElseGet(() -> new VillagePlan(village, year));
    plan.write(content, caller.username(), Instant.now(clock));
    plans.save(plan);
    audit.record(caller, PLAN_SAVED, AuditedStates.subject(village, year), before, AuditedStates.plan(plan), null);
    return plan;
  }

  /** Applies a change to the unit's own attributes and audits it, if it changed anything. */
  private void audited(Caller caller, OrgUnit unit, String reason, Runnable change) {
    var before = AuditedStates.attributes(unit);
    change.run();
    var after = AuditedStates.attributes(unit);
    if (!after.equals(before)) {
      audit.record(caller, UPDATED, AuditedStates.subject(unit), before, after, reason);
    }
  }

  private void moveUnder(Caller caller, OrgUnit unit, OrgUnit target, String reason) {
    var before = AuditedStates.place(unit, unit.parent());
    SubtreeMove move = unit.moveUnder(target);
    units.moveDescendants(move);
    audit.record(caller, MOVED, AuditedStates.subject(unit), before, AuditedStates.place(unit, target), reason);
    moved.fire(new UnitMoved(unit.code(), move.oldPath(), move.newPath()));
  }

  private OrgUnit editable(Caller caller, String code, long version) {
    OrgUnit unit = scope.editableUnit(caller, code);
    if (unit.version() != version) {
      throw new OrgUnitChangedException(code, version, unit.version());
    }
    return unit;
  }

  private UnitSummary summary(OrgUnit unit) {
    units.flush();
    return new UnitSummary(unit, units.countsOf(unit));
  }

  private static List<String> codes(List<OrgUnit> list) {
    return list.stream().map(OrgUnit::code).toList();
  }
}
