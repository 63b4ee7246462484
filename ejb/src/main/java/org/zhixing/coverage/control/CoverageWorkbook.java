package org.zhixing.coverage.control;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.zhixing.coverage.control.ReportBook.Level;
import org.zhixing.coverage.control.ReportBook.Line;
import org.zhixing.coverage.control.ReportBook.Missing;
import org.zhixing.platform.sheet.SheetWriter;

/**
 * A coverage report as an .xlsx of values: 汇总 (the unit's figures, by post, by village category, full coverage), then
 * one sheet per level below the unit (县区, 乡镇, 村) with every unit of that level (a level without units has no
 * sheet), 未完成人员 with the people not done when they are few enough to list, and 月度趋势 from the snapshots. Written as a stream, so the
 * 4,840 villages of a city cost what a township's thirty do.
 */
public final class CoverageWorkbook {

  static final String SUMMARY = "汇总";
  static final String MISSING = "未完成人员";
  static final String TREND = "月度趋势";

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private CoverageWorkbook() {}

  public static void write(ReportBook book, String author, OutputStream out) {
    try (var writer = new SheetWriter(out, author)) {
      summary(writer, book);
      book.levels().forEach(level -> level(writer, level));
      if (!book.missing().isEmpty()) {
        missing(writer, book.missing());
      }
      if (!book.trend().isEmpty()) {
        trend(writer, book);
      }
      writer.finish();
    }
  }

  private static void summary(SheetWriter writer, ReportBook book) {
    Sheet sheet = writer.sheet(SUMMARY, 24, 12, 12, 12, 12, 12, 12, 12, 12);
    var rows = new ArrayList<List<String>>();
    rows.add(List.of("培训计划", book.planName()));
    rows.add(List.of("单位", book.unitName(), book.unitCode()));
    rows.add(List.of("截止日期", book.deadline().toString()));
    rows.add(List.of("统计时间", AS_OF.format(book.asOf()), book.month() == null ? "实时" : book.month() + " 月度快照"));
    rows.add(List.of("目标完成率", book.targetRate().toPlainString()));
    rows.add(List.of());
    int header = rows.size();
    rows.add(cat(List.of("分组"), ReportLabels.FIGURES));
    rows.add(cat(List.of("合计"), ReportLabels.cells(book.figures())));
    rows.addAll(split("职务：", book.byPosition(), ReportLabels::post));
    rows.addAll(split("类别：", book.byCategory(), ReportLabels::category));
    rows.add(List.of());
    rows.add(List.of("全覆盖", book.fullyCovered() ? "是" : "否"));
    rows.add(List.of("未完成人数", String.valueOf(book.peopleMissing())));
    if (book.peopleMissing() > ReportBook.MISSING_LISTED) {
      rows.add(List.of("未完成人员名单", "超过 %d 人，未列出；请在系统中分页查看".formatted(ReportBook.MISSING_LISTED)));
    }
    if (book.secretariesMissing() != null) {
      rows.add(List.of("书记未完成的村（社区）", String.valueOf(book.secretariesMissing())));
    }
    for (int i = 0; i < rows.size(); i++) {
      if (i == header) {
        writer.headerRow(sheet, i, rows.get(i));
      } else {
        writer.row(sheet, i, rows.get(i));
      }
    }
  }

  private static void level(SheetWriter writer, Level level) {
    Sheet sheet = writer.sheet(level.title(), 14, 20, 28, 10, 10, 10, 10, 10, 10, 10, 10, 10);
    List<String> head = level.villages() ? List.of("代码", "名称", "所属", "软弱涣散") : List.of("代码", "名称", "所属");
    writer.headerRow(sheet, 0, cat(head, ReportLabels.FIGURES));
    int index = 1;
    for (Line line : level.lines()) {
      List<String> unit = level.villages()
          ? List.of(line.code(), line.name(), line.within(), line.weakAndLax() ? "是" : "")
          : List.of(line.code(), line.name(), line.within());
      writer.row(sheet, index++, cat(unit, ReportLabels.cells(line.figures())));
    }
  }

  private static void missing(SheetWriter writer, List<Missing> people) {
    Sheet sheet = writer.sheet(MISSING, 12, 24, 14, 10, 8, 12);
    writer.headerRow(sheet, 0, List.of("姓名", "单位", "单位代码", "软弱涣散村", "已开始", "已完成项数"));
    int index = 1;
    for (Missing person : people) {
      writer.row(sheet, index++, List.of(person.name(), person.unitName(), person.unitCode(),
          person.weakAndLax() ? "是" : "", person.started() ? "是" : "否", String.valueOf(person.itemsDone())));
    }
  }

  /** The unit's figures in each month's snapshot, then (for a live report) as they are now. */
  private static void trend(SheetWriter writer, ReportBook book) {
    Sheet sheet = writer.sheet(TREND, 12, 10, 10, 10, 10, 10, 10, 10, 10);
    writer.headerRow(sheet, 0, cat(List.of("月份"), ReportLabels.FIGURES));
    int index = 1;
    for (var month : book.trend().entrySet()) {
      writer.row(sheet, index++, cat(List.of(month.getKey().toString()), ReportLabels.cells(month.getValue())));
    }
    if (book.month() == null) {
      writer.row(sheet, index, cat(List.of("当前"), ReportLabels.cells(book.figures())));
    }
  }

  private static List<List<String>> split(String prefix, Map<String, Figures> groups, Function<String, String> label) {
    return groups.entrySet().stream()
        .map(group -> cat(List.of(prefix + label.apply(group.getKey())), ReportLabels.cells(group.getValue())))
        .toList();
  }

  private static List<String> cat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
