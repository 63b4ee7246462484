package org.zhixing.org.boundary;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhixing.org.control.ImportPlan;
import org.zhixing.org.control.PeopleExport;
import org.zhixing.org.control.PeopleImportReport;
import org.zhixing.org.control.RowProblem;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.security.Caller;

/**
 * The words of the people sheets the API writes — the row report of an import, the "about" sheet of an export — in
 * the reader's language ({@code PeopleSheets.properties}, 中文, and its English twin). The people columns themselves
 * stay those of the Chinese template, so that any sheet written here can be imported again.
 */
final class PeopleSheetTexts implements PeopleImportReport.Texts {

  private static final String BUNDLE = "org.zhixing.org.boundary.PeopleSheets";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Locale locale;
  private final ResourceBundle bundle;

  PeopleSheetTexts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(
        BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** What is wrong with a row's cell, in the reader's language. */
  static String message(RowProblem problem, Locale locale) {
    String column = problem.column() == null ? "" : problem.column().header();
    return ProblemMessages.detail("people-row-" + problem.code(), locale, List.of(column, problem.value()));
  }

  @Override
  public String sheetName() {
    return text("report.sheet");
  }

  @Override
  public String resultColumn() {
    return text("report.result");
  }

  @Override
  public String problemsColumn() {
    return text("report.problems");
  }

  @Override
  public String change(ImportPlan.Change change) {
    return text("change." + change.name());
  }

  @Override
  public String rejected() {
    return text("report.rejected");
  }

  @Override
  public String problem(RowProblem problem) {
    return message(problem, locale);
  }

  /** The export's second sheet: which unit, who exported it and when, how many people, and how to use the sheet. */
  PeopleExport.About about(Caller caller, Instant at) {
    return new PeopleExport.About() {
      @Override
      public String sheetName() {
        return text("export.sheet");
      }

      @Override
      public List<List<String>> rows(OrgUnit unit, int people) {
        return List.of(
            List.of(text("export.unit"), unit.name() + " (" + unit.code() + ")"),
            List.of(text("export.by"), caller.displayName() + " (" + caller.username() + ")"),
            List.of(text("export.at"), format("export.time", MINUTE.format(at.atZone(CHINA)))),
            List.of(text("export.people"), String.valueOf(people)),
            List.of(text("export.note"), text("export.idNumbers")));
      }
    };
  }

  private String text(String key) {
    return bundle.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), locale).format(arguments);
  }
}
