package org.zhixing.transcript.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.zhixing.platform.pdf.ChineseDocument;

/** The record as an A4 PDF in Chinese: a heading, each section with its entries and hours, and the totals. */
public final class LearningRecordPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private LearningRecordPdf() {}

  public static byte[] render(LearningRecord record, LocalDate printedOn) {
    try (var pdf = new ChineseDocument("学习档案 " + record.name() + " " + record.year(), "知行")) {
      pdf.centered(ChineseDocument.HEIGHT - 90, 24, "学习档案（" + record.year() + "年度）");
      pdf.moveTo(ChineseDocument.HEIGHT - 110);
      pdf.line(12, 0, "姓名：" + record.name() + "    账号：" + record.learner() + "    打印日期：" + DATE.format(printedOn));
      pdf.line(12, 0, "学时合计：" + hours(record.totalCreditHours()) + " 学时");
      for (RecordSection section : record.sections()) {
        pdf.skip(10);
        pdf.line(15, 0, section.title() + "（" + section.entries().size() + " 项，" + hours(section.creditHours()) + " 学时）");
        if (section.entries().isEmpty()) {
          pdf.line(11, 16, "无");
        }
        for (RecordEntry entry : section.entries()) {
          pdf.paragraph(11, 16, ChineseDocument.WIDTH - 2 * ChineseDocument.MARGIN - 16, DATE.format(entry.date())
              + "  " + entry.title() + "  " + entry.detail() + "  " + hours(entry.creditHours()) + " 学时");
        }
      }
      return pdf.bytes();
    }
  }

  static String hours(BigDecimal hours) {
    return hours.signum() == 0 ? "0" : hours.stripTrailingZeros().toPlainString();
  }
}
