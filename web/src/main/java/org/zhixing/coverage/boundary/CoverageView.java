package org.zhixing.coverage.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhixing.coverage.boundary.PlanCoverage.Report;
import org.zhixing.coverage.control.Figures;

/**
 * One unit's coverage of a plan: its figures, the units one level down (people serving at the unit itself under its
 * own code), by post and by village category (WEAK_AND_LAX, STAR_TARGET, OTHER), and full coverage as a fact.
 */
public record CoverageView(long planId, String planName, String unitCode, String unitName, FiguresView figures,
    List<ChildView> children, Map<String, FiguresView> byPosition, Map<String, FiguresView> byCategory,
    FullCoverageView fullCoverage) {

  public record ChildView(String unitCode, String unitName, FiguresView figures) {}

  /** Covered when every required person completed and every village's party secretary did (if the plan asks that). */
  public record FullCoverageView(boolean covered, long peopleMissing, Long villagesMissingSecretary) {}

  static CoverageView of(Report report) {
    return new CoverageView(report.plan().id(), report.plan().name(), report.unit().code(), report.unit().name(),
        FiguresView.of(report.figures()),
        report.children().stream()
            .map(child -> new ChildView(child.unit().code(), child.unit().name(), FiguresView.of(child.figures())))
            .toList(),
        views(report.byPosition()), views(report.byCategory()),
        new FullCoverageView(report.fullyCovered(), report.peopleMissing(), report.secretariesMissing()));
  }

  private static Map<String, FiguresView> views(Map<String, Figures> groups) {
    return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> FiguresView.of(entry.getValue()),
        (a, b) -> a, LinkedHashMap::new));
  }
}
