package org.zhixing.org.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhixing.org.control.ImportPlan;
import org.zhixing.org.control.PeopleColumn;
import org.zhixing.org.control.PeopleImport;
import org.zhixing.org.control.PeopleWriter;
import org.zhixing.org.entity.Person;

/**
 * A sheet as the import page shows it. While it is being checked: how far the check has got. Once checked: which
 * columns were understood, what would change, the problems row by row (the first {@value #SHOWN} of them; the
 * downloadable report has all), and after the commit what was written.
 */
public record PeopleImportView(
    String id,
    String fileName,
    String unitCode,
    PeopleImport.State state,
    Progress progress,
    Instant checkedAt,
    int rows,
    Map<PeopleColumn, String> columns,
    List<String> unrecognizedColumns,
    Map<ImportPlan.Change, Long> changes,
    int leftOut,
    List<LeftOut> leftOutPeople,
    int problemCount,
    List<Problem> problems,
    boolean committed,
    PeopleWriter.Written written) {

  static final int SHOWN = 200;

  /** Reading the rows takes most of a check; matching them with the database the rest. */
  private static final int READING_PERCENT = 90;

  /** How far a check has got: its phase and an estimate of the whole, 0 to 100. */
  public record Progress(PeopleImport.Phase phase, int percent) {
    static Progress of(PeopleImport imported) {
      return switch (imported.phase()) {
        case READING -> new Progress(PeopleImport.Phase.READING, (int) (imported.readShare() * READING_PERCENT));
        case MATCHING -> new Progress(PeopleImport.Phase.MATCHING, READING_PERCENT);
        case DONE -> new Progress(PeopleImport.Phase.DONE, 100);
      };
    }
  }

  /** One problem: the sheet's row number, the column's header, and what is wrong in the reader's language. */
  public record Problem(int row, String column, String code, String message) {}

  /** Someone the sheet does not list, phone masked. */
  public record LeftOut(long id, String name, String phone) {}

  /**
   * The import as it is now.
   *
   * @throws RuntimeException why the sheet as a whole could not be checked, if it could not
   */
  static PeopleImportView of(PeopleImport imported, Locale locale) {
    return imported.result(Duration.ZERO)
        .map(checked -> checked(imported, checked, locale))
        .orElseGet(() -> checking(imported));
  }

  private static PeopleImportView checking(PeopleImport imported) {
    return new PeopleImportView(
        imported.id(), imported.fileName(), imported.scopeCode(), PeopleImport.State.CHECKING, Progress.of(imported),
        null, 0, Map.of(), List.of(), Map.of(), 0, List.of(), 0, List.of(), false, null);
  }

  private static PeopleImportView checked(PeopleImport imported, PeopleImport.Checked checked, Locale locale) {
    var columns = new EnumMap<PeopleColumn, String>(PeopleColumn.class);
    checked.headers().columns().keySet().forEach(column -> columns.put(column, column.header()));
    var changes = new EnumMap<ImportPlan.Change, Long>(ImportPlan.Change.class);
    for (ImportPlan.Change change : ImportPlan.Change.values()) {
      changes.put(change, checked.plan().count(change));
    }
    List<ImportPlan.Known> leftOut = checked.plan().leftOut();
    return new PeopleImportView(
        imported.id(), imported.fileName(), imported.scopeCode(), PeopleImport.State.CHECKED,
        new Progress(PeopleImport.Phase.DONE, 100), checked.at(), checked.rows(), columns,
        checked.headers().unrecognized(), changes, leftOut.size(),
        leftOut.stream().limit(SHOWN).map(p -> new LeftOut(p.id(), p.name(), Person.maskPhone(p.phone()))).toList(),
        checked.problems().size(),
        checked.problems().stream()
            .limit(SHOWN)
            .map(p -> new Problem(p.row(), p.column() == null ? "" : p.column().header(), p.code(),
                PeopleSheetTexts.message(p, locale)))
            .toList(),
        imported.committed(), imported.written());
  }
}
