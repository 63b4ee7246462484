package org.zhixing.org.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.zhixing.org.control.ImportPlan;
import org.zhixing.org.control.PeopleImport;
import org.zhixing.org.control.PeopleImportNotFoundException;
import org.zhixing.org.control.PeopleImporter;
import org.zhixing.org.control.PeopleWriter;
import org.zhixing.org.control.ScopeGuard;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * Importing the people sheets the departments keep: check a sheet against a unit of the caller's subtree (nothing is
 * written), read the preview, then commit it — all rows or none. Only the admin who checked a sheet sees and commits
 * it.
 */
@Stateless
public class PeopleImports {

  @Inject ScopeGuard scope;
  @Inject PeopleImporter importer;
  @Inject Event<PeopleChanged> peopleChanged;

  /** @param unitCode the unit the sheet covers (its people not listed are "left out"); the caller's own when null */
  public PeopleImport check(Caller caller, String unitCode, Path file, String fileName) {
    OrgUnit unit = unitCode == null ? scope.scopeOf(caller) : scope.visibleUnit(caller, unitCode);
    return importer.check(caller.username(), unit, file, fileName);
  }

  public PeopleImport get(Caller caller, String id) {
    return importer.find(id)
        .filter(found -> found.createdBy().equals(caller.username()))
        .orElseThrow(() -> new PeopleImportNotFoundException(id));
  }

  public PeopleWriter.Written commit(Caller caller, String id, boolean departLeftOut) {
    PeopleImport checked = get(caller, id);
    OrgUnit unit = scope.visibleUnit(caller, checked.scopeCode());
    PeopleWriter.Written written = importer.commit(checked, importer.unitIds(unit), departLeftOut);
    peopleChanged.fire(new PeopleChanged(unit.code(), writtenPhones(checked.plan(), departLeftOut)));
    return written;
  }

  private static Set<String> writtenPhones(ImportPlan plan, boolean departLeftOut) {
    var phones = new HashSet<String>();
    plan.steps().stream()
        .filter(step -> step.change() != ImportPlan.Change.UNCHANGED)
        .forEach(step -> phones.add(step.row().person().phone()));
    if (departLeftOut) {
      plan.leftOut().forEach(person -> phones.add(person.phone()));
    }
    return phones;
  }
}
