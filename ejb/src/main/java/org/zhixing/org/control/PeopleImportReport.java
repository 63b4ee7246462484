package org.zhixing.org.control;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.zhixing.platform.sheet.SheetRows;
import org.zhixing.platform.sheet.SheetWriter;

/**
 * A checked sheet given back as the admin sent it, row for row, with two more columns: what the import does with the
 * row and what is wrong with it. The admin corrects the rows in this very file and uploads it again; the import does
 * not read the two extra columns (it lists them as not recognised).
 */
public final class PeopleImportReport {

  /** The report's words, in the reader's language. */
  public interface Texts {
    String sheetName();

    String resultColumn();

    String problemsColumn();

    String change(ImportPlan.Change change);

    /** The result of a row that has problems. */
    String rejected();

    String problem(RowProblem problem);
  }

  private final Texts texts;
  private final int headerRow;
  private final Map<Integer, ImportPlan.Change> changes = new HashMap<>();
  private final Map<Integer, List<RowProblem>> problems;
  private int width;

  private PeopleImportReport(PeopleImport.Checked checked, Texts texts) {
    this.texts = texts;
    this.headerRow = checked.headerRow();
    checked.plan().steps().forEach(step -> changes.put(step.row().person().row(), step.change()));
    problems = checked.problems().stream().collect(Collectors.groupingBy(RowProblem::row));
  }

  /** Writes the report of a finished check to {@code out}. */
  public static void write(PeopleImport imported, Texts texts, OutputStream out) {
    var report = new PeopleImportReport(imported.checked(), texts);
    try (var writer = new SheetWriter(out, imported.createdBy())) {
      Sheet sheet = writer.sheet(texts.sheetName());
      SheetRows.read(imported.sheet(), imported.fileName(), (number, cells) -> report.row(writer, sheet, number, cells));
      writer.finish();
    }
  }

  private void row(SheetWriter writer, Sheet sheet, int number, List<String> cells) {
    if (number < headerRow) {
      writer.row(sheet, number - 1, cells); // the title above the header
    } else if (number == headerRow) {
      width = cells.size();
      writer.headerRow(sheet, number - 1, widened(cells, texts.resultColumn(), texts.problemsColumn()));
    } else {
      writer.row(sheet, number - 1, widened(cells, result(number), problems(number)));
    }
  }

  private String result(int number) {
    if (problems.containsKey(number)) {
      return texts.rejected();
    }
    ImportPlan.Change change = changes.get(number);
    return change == null ? "" : texts.change(change);
  }

  private String problems(int number) {
    return problems.getOrDefault(number, List.of()).stream().map(texts::problem).collect(Collectors.joining("；"));
  }

  /** The row's cells under the header's columns (cells past them have no header and mean nothing), then two more. */
  private List<String> widened(List<String> cells, String result, String problem) {
    var row = new ArrayList<String>(width + 2);
    for (int i = 0; i < width; i++) {
      row.add(i < cells.size() ? cells.get(i) : "");
    }
    row.add(result);
    row.add(problem);
    return row;
  }
}
