package org.zhixing.coverage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The Chinese words of a coverage report: figure headings, posts, village categories, rates as percentages. */
final class ReportLabels {

  static final List<String> FIGURES = List.of("应训人数", "已完成", "完成率", "已开始", "人次", "学时", "已离开", "迁入");

  private static final Map<String, String> POSTS = Map.of(
      "PARTY_SECRETARY", "村党组织书记", "VILLAGE_DIRECTOR", "村委会主任", "COMMITTEE_MEMBER", "村“两委”成员",
      "FIRST_SECRETARY", "驻村第一书记", "RESIDENT_CADRE", "驻村干部", "TOWNSHIP_CADRE", "乡镇干部",
      "COUNTY_CADRE", "县直单位干部", "ORGANIZING_MEMBER", "乡镇组织委员");
  private static final Map<String, String> CATEGORIES = Map.of(
      "WEAK_AND_LAX", "软弱涣散村", "STAR_TARGET", "五星创建目标村", "OTHER", "其他村（社区）");

  private ReportLabels() {}

  static String post(String code) {
    return POSTS.getOrDefault(code, code);
  }

  static String category(String code) {
    return CATEGORIES.getOrDefault(code, code);
  }


  /** The eight figures as the sheet's cells: counts, the rate to four places as the API gives it, hours. */
  static List<String> cells(Figures figures) {
    return List.of(String.valueOf(figures.required()), String.valueOf(figures.completed()),
        figures.rate().toPlainString(), String.valueOf(figures.started()), String.valueOf(figures.personTimes()),
        figures.creditHours().stripTrailingZeros().toPlainString(), String.valueOf(figures.left()),
        String.valueOf(figures.movedIn()));
  }

  /** A rate of 0 to 1 as a percentage with one decimal: 0.4167 → 41.7%. */
  static String percent(BigDecimal rate) {
    return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
