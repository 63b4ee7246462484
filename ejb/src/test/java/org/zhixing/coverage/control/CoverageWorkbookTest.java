package org.zhixing.coverage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CoverageWorkbookTest {

  @Test
  void aCountyReportHasTheSummaryAndOneSheetPerLevelBelow() throws IOException {
    try (var workbook = workbook(ReportBooks.county(BigDecimal.ONE, null))) {
      assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
          .containsExactly("汇总", "乡镇", "村", "未完成人员", "月度趋势");
    }
  }

  @Test
  void theSummaryHoldsTheFiguresTheSplitsAndFullCoverage() throws IOException {
    try (var workbook = workbook(ReportBooks.county(BigDecimal.ONE, null))) {
      List<List<String>> rows = rows(workbook.getSheet("汇总"));
      assertThat(rows.get(0)).containsExactly("培训计划", "五星支部创建专题培训");
      assertThat(rows.get(1)).containsExactly("单位", "太康县", "411627000000");
      assertThat(rows.get(3)).containsExactly("统计时间", "2026-11-26 00:30", "实时");
      assertThat(rows.get(4)).containsExactly("目标完成率", "1");
      assertThat(rows).contains(
          List.of("分组", "应训人数", "已完成", "完成率", "已开始", "人次", "学时", "已离开", "迁入"),
          List.of("合计", "60", "25", "0.4167", "40", "180", "90.5", "2", "1"),
          List.of("职务：村党组织书记", "10", "6", "0.6000", "8", "30", "10", "0", "0"),
          List.of("类别：软弱涣散村", "12", "2", "0.1667", "5", "20", "1", "0", "0"),
          List.of("全覆盖", "否"), List.of("未完成人数", "35"), List.of("书记未完成的村（社区）", "4"));
    }
  }

  @Test
  void aVillageRowNamesItsTownshipWeakAndLaxAndTheValuesTheApiGives() throws IOException {
    try (var workbook = workbook(ReportBooks.county(BigDecimal.ONE, null))) {
      List<List<String>> villages = rows(workbook.getSheet("村"));
      assertThat(villages.getFirst()).startsWith("代码", "名称", "所属", "软弱涣散", "应训人数");
      assertThat(villages.get(1)).containsExactly("411627101201", "东村", "城关镇", "是", "20", "5", "0.2500", "12",
          "40", "20", "1", "0");
      assertThat(villages).hasSize(4);
      assertThat(rows(workbook.getSheet("乡镇")).get(1)).startsWith("411627101000", "城关镇", "", "40");
    }
  }

  @Test
  void theTrendHasEachSnapshotsMonthAndThenTheFiguresNow() throws IOException {
    try (var workbook = workbook(ReportBooks.county(BigDecimal.ONE, null))) {
      assertThat(rows(workbook.getSheet("月度趋势"))).containsExactly(
          List.of("月份", "应训人数", "已完成", "完成率", "已开始", "人次", "学时", "已离开", "迁入"),
          List.of("2026-10", "20", "5", "0.2500", "12", "40", "20", "1", "0"),
          List.of("当前", "60", "25", "0.4167", "40", "180", "90.5", "2", "1"));
    }
  }

  @Test
  void aSnapshotsReportSaysWhichMonthItIs() throws IOException {
    try (var workbook = workbook(ReportBooks.county(new BigDecimal("0.9500"), YearMonth.of(2026, 10)))) {
      assertThat(rows(workbook.getSheet("汇总"))).contains(List.of("统计时间", "2026-11-26 00:30", "2026-10 月度快照"),
          List.of("目标完成率", "0.9500"));
    }
  }

  @Test
  void aVillageReportIsTheSummaryAlone() throws IOException {
    ReportBook county = ReportBooks.county(BigDecimal.ONE, null);
    ReportBook village = new ReportBook(9, county.planName(), county.deadline(), BigDecimal.ONE, "411627101201", "东村",
        null, county.asOf(), ReportBooks.EAST, county.byPosition(), county.byCategory(), false, 15, null, List.of(),
        List.of(), Map.of());
    try (var workbook = workbook(village)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      assertThat(rows(workbook.getSheet("汇总"))).doesNotContain(List.of("书记未完成的村（社区）", "4"));
    }
  }

  @Test
  void thePeopleNotDoneAreListedWithTheirUnitWhenTheyAreFewEnough() throws IOException {
    try (var workbook = workbook(ReportBooks.county(BigDecimal.ONE, null))) {
      assertThat(rows(workbook.getSheet("未完成人员"))).containsExactly(
          List.of("姓名", "单位", "单位代码", "软弱涣散村", "已开始", "已完成项数"),
          List.of("王建国", "东村", "411627101201", "是", "否", "0"),
          List.of("李秀英", "城关镇", "411627101000", "", "是", "1"));
    }
  }

  @Test
  void tooManyPeopleNotDoneAreNotListedAndTheSummarySaysSo() throws IOException {
    ReportBook county = ReportBooks.county(BigDecimal.ONE, null);
    ReportBook many = new ReportBook(9, county.planName(), county.deadline(), BigDecimal.ONE, county.unitCode(),
        county.unitName(), null, county.asOf(), county.figures(), county.byPosition(), county.byCategory(), false, 6_000,
        null, county.levels(), List.of(), Map.of());
    try (var workbook = workbook(many)) {
      assertThat(workbook.getSheet("未完成人员")).isNull();
      assertThat(rows(workbook.getSheet("汇总"))).contains(List.of("未完成人员名单", "超过 5000 人，未列出；请在系统中分页查看"));
    }
  }

  private static XSSFWorkbook workbook(ReportBook book) throws IOException {
    var out = new ByteArrayOutputStream();
    CoverageWorkbook.write(book, "taikang-admin", out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<List<String>> rows(Sheet sheet) {
    var formatter = new DataFormatter();
    var rows = new ArrayList<List<String>>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      var row = sheet.getRow(r);
      var cells = new ArrayList<String>();
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        cells.add(formatter.formatCellValue(row.getCell(c)));
      }
      rows.add(cells);
    }
    return rows;
  }
}
