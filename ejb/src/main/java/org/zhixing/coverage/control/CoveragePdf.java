package org.zhixing.coverage.control;

import static org.zhixing.platform.pdf.ChineseDocument.MARGIN;
import static org.zhixing.platform.pdf.ChineseDocument.WIDTH;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhixing.coverage.control.ReportBook.Line;
import org.zhixing.platform.pdf.ChineseDocument;

/**
 * A coverage report as a PDF to print for the monthly meeting (一月一会商): the headline figures, a bar chart of the
 * rates of the units one level down against the plan's target (a red mark on each bar), their figures as a table,
 * the splits by post and village category, and the rate month by month from the snapshots; a snapshot's report says
 * which month it is.
 */
public final class CoveragePdf {

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
  private static final float TEXT = WIDTH - 2 * MARGIN;
  private static final float LABEL = 120;
  private static final float BAR = TEXT - LABEL - 56;
  private static final float ROW = 16;
  private static final Color MET = new Color(0x2e, 0x7d, 0x32);
  private static final Color BEHIND = new Color(0x1e, 0x63, 0xb4);
  private static final Color TARGET = new Color(0xd3, 0x2f, 0x2f);
  private static final Color GRID = new Color(0xcc, 0xcc, 0xcc);

  private CoveragePdf() {}

  public static byte[] write(ReportBook book) {
    try (var pdf = new ChineseDocument(book.planName() + " 覆盖情况 " + book.unitName(), "知行")) {
      pdf.centered(ChineseDocument.HEIGHT - 80, 18, "培训覆盖情况报告");
      pdf.moveTo(ChineseDocument.HEIGHT - 92);
      pdf.paragraph(13, 0, TEXT, "培训计划：" + book.planName());
      pdf.line(11, 0, "单位：%s（%s）　截止日期：%s　统计时间：%s%s".formatted(book.unitName(), book.unitCode(),
          book.deadline(), AS_OF.format(book.asOf()), book.month() == null ? "" : "（" + book.month() + " 月度快照）"));
      headline(pdf, book);
      if (!book.children().isEmpty()) {
        chart(pdf, "各单位完成率", book.children().stream().map(unit -> new Bar(unit.name(), unit.figures().rate()))
            .toList(), book.targetRate());
        table(pdf, book.children());
      }
      if (!book.trend().isEmpty()) {
        chart(pdf, "月度趋势", trend(book), book.targetRate());
      }
      splits(pdf, "按职务", book.byPosition(), ReportLabels::post);
      splits(pdf, "按村类别", book.byCategory(), ReportLabels::category);
      return pdf.bytes();
    }
  }

  private static void headline(ChineseDocument pdf, ReportBook book) {
    Figures figures = book.figures();
    pdf.skip(8);
    pdf.line(16, 0, "完成率 %s（目标 %s）".formatted(ReportLabels.percent(figures.rate()),
        ReportLabels.percent(book.targetRate())));
    pdf.line(11, 0, "应训 %d 人，已完成 %d 人，已开始 %d 人；学习人次 %d，学时 %s；已离开 %d 人，迁入 %d 人。".formatted(
        figures.required(), figures.completed(), figures.started(), figures.personTimes(),
        figures.creditHours().stripTrailingZeros().toPlainString(), figures.left(), figures.movedIn()));
    pdf.line(11, 0, book.fullyCovered() ? "全覆盖：已实现。" : "全覆盖：未实现，%d 人未完成%s。".formatted(
        book.peopleMissing(), book.secretariesMissing() == null || book.secretariesMissing() == 0 ? ""
            : "，%d 个村（社区）党组织书记未完成".formatted(book.secretariesMissing())));
  }

  /** A bar of a chart: a unit's or a month's rate. */
  private record Bar(String label, BigDecimal rate) {}

  /** The rate in each month's snapshot, then (for a live report) now. */
  private static List<Bar> trend(ReportBook book) {
    var bars = new ArrayList<Bar>();
    book.trend().forEach((month, figures) -> bars.add(new Bar(month.toString(), figures.rate())));
    if (book.month() == null) {
      bars.add(new Bar("当前", book.figures().rate()));
    }
    return bars;
  }

  /** A bar per unit or month, green when it meets the target, its rate after it; a red mark at the target. */
  private static void chart(ChineseDocument pdf, String title, List<Bar> bars, BigDecimal target) {
    pdf.skip(10);
    pdf.line(13, 0, title + "（红线为目标 " + ReportLabels.percent(target) + "）");
    float axis = pdf.reserve(ROW);
    for (int tenth = 0; tenth <= 10; tenth += 5) {
      pdf.text(MARGIN + LABEL + BAR * tenth / 10 - 8, axis + 4, 8, tenth * 10 + "%");
    }
    for (Bar bar : bars) {
      float y = pdf.reserve(ROW);
      BigDecimal rate = bar.rate();
      pdf.text(MARGIN, y + 4, 9, bar.label());
      pdf.box(MARGIN + LABEL, y + 2, BAR, ROW - 4, GRID);
      pdf.box(MARGIN + LABEL, y + 2, BAR * rate.floatValue(), ROW - 4, rate.compareTo(target) >= 0 ? MET : BEHIND);
      pdf.box(MARGIN + LABEL + BAR * target.floatValue() - 0.75f, y, 1.5f, ROW, TARGET);
      pdf.text(MARGIN + LABEL + BAR + 6, y + 4, 9, ReportLabels.percent(rate));
    }
  }

  private static void table(ChineseDocument pdf, List<Line> units) {
    pdf.skip(10);
    row(pdf, true, "单位", "应训", "已完成", "完成率", "已开始", "人次", "学时");
    for (Line unit : units) {
      Figures f = unit.figures();
      row(pdf, false, unit.name(), String.valueOf(f.required()), String.valueOf(f.completed()),
          ReportLabels.percent(f.rate()), String.valueOf(f.started()), String.valueOf(f.personTimes()),
          f.creditHours().stripTrailingZeros().toPlainString());
    }
  }

  private static void splits(ChineseDocument pdf, String title, Map<String, Figures> groups,
      Function<String, String> label) {
    if (groups.isEmpty()) {
      return;
    }
    pdf.skip(10);
    pdf.line(13, 0, title);
    row(pdf, true, "", "应训", "已完成", "完成率", "已开始", "人次", "学时");
    groups.forEach((code, f) -> row(pdf, false, label.apply(code), String.valueOf(f.required()),
        String.valueOf(f.completed()), ReportLabels.percent(f.rate()), String.valueOf(f.started()),
        String.valueOf(f.personTimes()), f.creditHours().stripTrailingZeros().toPlainString()));
  }

  /** A table row: a wide first column and six narrow ones. */
  private static void row(ChineseDocument pdf, boolean header, String first, String... rest) {
    float y = pdf.reserve(ROW);
    float size = header ? 10 : 9;
    pdf.text(MARGIN, y + 4, size, first);
    float column = (TEXT - LABEL) / rest.length;
    for (int i = 0; i < rest.length; i++) {
      pdf.text(MARGIN + LABEL + i * column, y + 4, size, rest[i]);
    }
  }
}
