package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CoveragePdfTest {

  @Test
  void theReportNamesThePlanTheUnitItsRateAndEachChildsRateInChinese() throws IOException {
    try (PDDocument document = Loader.loadPDF(CoveragePdf.write(ReportBooks.county(new BigDecimal("0.9500"), null)))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("培训覆盖情况报告", "五星支部创建专题培训", "太康县", "完成率 41.7%（目标 95.0%）",
          "全覆盖：未实现，35 人未完成，4 个村（社区）党组织书记未完成", "红线为目标 95.0%", "城关镇", "50.0%", "老冢镇",
          "25.0%", "村党组织书记", "软弱涣散村", "月度趋势", "2026-10", "当前");
    }
  }

  @Test
  void aSnapshotsReportSaysWhichMonthItIs() throws IOException {
    try (PDDocument document = Loader.loadPDF(CoveragePdf.write(ReportBooks.county(BigDecimal.ONE,
        YearMonth.of(2026, 10))))) {
      assertThat(new PDFTextStripper().getText(document)).contains("2026-10 月度快照", "完成率 41.7%（目标 100.0%）");
    }
  }
}
