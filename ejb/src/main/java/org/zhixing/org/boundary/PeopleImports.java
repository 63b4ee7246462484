package org.zhixing.org.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.zhixing.org.control.ImportPlan;
import org.zhixing.org.control.PeopleExport;
import org.zhixing.org.control.PeopleImport;
import org.zhixing.org.control.PeopleImportNotFoundException;
import org.zhixing.org.control.PeopleImportReport;
import org.zhixing.org.control.PeopleImporter;
import org.zhixing.org.control.PeopleWriter;
import org.zhixing.org.control.ScopeGuard;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;

/**
 * The people sheets the departments keep, in and out: check a sheet against a unit of the caller's subtree (in the
 * background; nothing is written), read the preview and the row report, then commit it — all rows or none. Only the
 * admin who uploaded a sheet sees and commits it. Any unit of the subtree exports in the same format.
 */
@Stateless
public class PeopleImports {

  @Inject ScopeGuard scope;
  @Inject PeopleImporter importer;
  @Inject PeopleExport export;
  @Inject Event<PeopleChanged> peopleChanged;

  /**
   * Starts checking a sheet; the file is taken over.
   *
   * @param unitCode the unit the sheet covers (its people not listed are "left out"); the caller's own when null
   */
  public PeopleImport check(Caller caller, String unitCode, Path file, String fileName) {
    return importer.start(caller.username(), unit(caller, unitCode), file, fileName);
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
    peopleChanged.fire(new PeopleChanged(unit.code(), writtenPhones(checked.checked().plan(), departLeftOut)));
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

  /** The sheet back, each row with what the import does with it and its problems. */
  public void report(Caller caller, String id, PeopleImportReport.Texts texts, OutputStream out) {
    PeopleImportReport.write(get(caller, id), texts, out);
  }

  /** The people of a unit of the caller's subtree, as a sheet to import again; answers how many. */
  public int export(Caller caller, String unitCode, PeopleExport.About about, OutputStream out) {
    return export.write(unit(caller, unitCode), caller.username(), about, out);
  }

  /** A unit of the caller's subtree, their own when {@code unitCode} is null; refused outside it. */
  public OrgUnit unit(Caller caller, String unitCode) {
    return unitCode == null ? scope.scopeOf(caller) : scope.visibleUnit(caller, unitCode);
  }
}
