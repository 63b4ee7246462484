package org.zhixing.coverage.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A plan's coverage report for one unit, as the .xlsx and PDF exports write it: the unit's figures with their splits
 * and full coverage, every unit of each level below it with its figures, and the people not done; live ({@code month}
 * null) or as the month's snapshot kept them ({@code asOf} is then the snapshot's time). {@code targetRate} is the
 * rate the plan aims at; {@code secretariesMissing} is null when the plan is not meant for party secretaries;
 * {@code missing} lists the people not done, weak-and-lax villages first, and is empty when they are more than
 * {@link #MISSING_LISTED}; {@code trend} holds the unit's figures in each monthly snapshot up to the report's month,
 * oldest first.
 */
public record ReportBook(long planId, String planName, LocalDate deadline, BigDecimal targetRate, String unitCode,
    String unitName, YearMonth month, Instant asOf, Figures figures, Map<String, Figures> byPosition,
    Map<String, Figures> byCategory, boolean fullyCovered, long peopleMissing, Long secretariesMissing,
    List<Level> levels, List<Missing> missing, Map<YearMonth, Figures> trend) {

  /** At most this many people not done are listed in a report; more are read in the portal, page by page. */
  public static final int MISSING_LISTED = 5_000;

  /** The units of one level (县区, 乡镇 or 村) inside the report's unit. */
  public record Level(String title, boolean villages, List<Line> lines) {}

  /** One unit of a level: code, name, the names of the units between it and the report's unit, its figures. */
  public record Line(String code, String name, String within, boolean weakAndLax, Figures figures) {}

  /** A required person not done, where they serve. */
  public record Missing(String name, String unitCode, String unitName, boolean weakAndLax, boolean started,
      int itemsDone) {}

  /** The units one level down, for the chart; empty for a village. */
  public List<Line> children() {
    return levels.isEmpty() ? List.of() : levels.getFirst().lines();
  }
}
