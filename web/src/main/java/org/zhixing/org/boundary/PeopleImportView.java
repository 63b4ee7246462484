package org.zhixing.org.boundary;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhixing.org.control.ImportPlan;
import org.zhixing.org.control.PeopleColumn;
import org.zhixing.org.control.PeopleImport;
import org.zhixing.org.control.PeopleWriter;
import org.zhixing.org.control.RowProblem;
import org.zhixing.org.entity.Person;
import org.zhixing.platform.problem.ProblemMessages;

/**
 * A checked sheet as the import page shows it: which columns were understood, what would change, the problems row by
 * row (the first {@value #SHOWN} of them; the downloadable report has all), and after the commit what was written.
 */
public record PeopleImportView(
    String id,
    String fileName,
    String unitCode,
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

  /** One problem: the sheet's row number, the column's header, and what is wrong in the reader's language. */
  public record Problem(int row, String column, String code, String message) {}

  /** Someone the sheet does not list, phone masked. */
  public record LeftOut(long id, String name, String phone) {}

  static PeopleImportView of(PeopleImport checked, Locale locale) {
    var columns = new EnumMap<PeopleColumn, String>(PeopleColumn.class);
    checked.headers().columns().keySet().forEach(column -> columns.put(column, column.header()));
    var changes = new EnumMap<ImportPlan.Change, Long>(ImportPlan.Change.class);
    for (ImportPlan.Change change : ImportPlan.Change.values()) {
      changes.put(change, checked.plan().count(change));
    }
    List<ImportPlan.Known> leftOut = checked.plan().leftOut();
    return new PeopleImportView(
        checked.id(), checked.fileName(), checked.scopeCode(), checked.checkedAt(), checked.rows(), columns,
        checked.headers().unrecognized(), changes, leftOut.size(),
        leftOut.stream().limit(SHOWN).map(p -> new LeftOut(p.id(), p.name(), Person.maskPhone(p.phone()))).toList(),
        checked.problems().size(),
        checked.problems().stream().limit(SHOWN).map(p -> problem(p, locale)).toList(),
        checked.committed(), checked.written());
  }

  private static Problem problem(RowProblem problem, Locale locale) {
    String column = problem.column() == null ? "" : problem.column().header();
    String message =
        ProblemMessages.detail("people-row-" + problem.code(), locale, List.of(column, problem.value()));
    return new Problem(problem.row(), column, problem.code(), message);
  }
}
