package org.zhixing.coverage.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.zhixing.coverage.control.ReportBook.Level;
import org.zhixing.coverage.control.ReportBook.Line;
import org.zhixing.coverage.control.ReportBook.Missing;

/** A small county report for the export tests: two townships, three villages. */
final class ReportBooks {

  static final Figures COUNTY = new Figures(60, 25, 40, 180, new BigDecimal("90.5"), 2, 1);
  static final Figures EAST = new Figures(20, 5, 12, 40, new BigDecimal("20.0"), 1, 0);

  private ReportBooks() {}

  static ReportBook county(BigDecimal target, YearMonth month) {
    return new ReportBook(9, "五星支部创建专题培训", LocalDate.of(2026, 12, 15), target, "411627000000", "太康县", month,
        Instant.parse("2026-11-25T16:30:00Z"), COUNTY,
        Map.of("PARTY_SECRETARY", new Figures(10, 6, 8, 30, BigDecimal.TEN, 0, 0)),
        Map.of("WEAK_AND_LAX", new Figures(12, 2, 5, 20, BigDecimal.ONE, 0, 0)),
        false, 35, 4L, List.of(
            new Level("乡镇", false, List.of(
                new Line("411627101000", "城关镇", "", false, new Figures(40, 20, 30, 140, new BigDecimal("70.5"), 1, 1)),
                new Line("411627102000", "老冢镇", "", false, new Figures(20, 5, 10, 40, new BigDecimal("20"), 1, 0)))),
            new Level("村", true, List.of(
                new Line("411627101201", "东村", "城关镇", true, EAST),
                new Line("411627101202", "西村", "城关镇", false, new Figures(15, 12, 15, 90, new BigDecimal("45"), 0, 1)),
                new Line("411627102201", "南村", "老冢镇", false, new Figures(20, 5, 10, 40, new BigDecimal("20"), 1, 0))))),
        List.of(new Missing("王建国", "411627101201", "东村", true, false, 0),
            new Missing("李秀英", "411627101000", "城关镇", false, true, 1)),
        month == null ? Map.of(YearMonth.of(2026, 10), EAST) : Map.of());
  }
}
