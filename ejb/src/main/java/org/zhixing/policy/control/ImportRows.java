package org.zhixing.policy.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhixing.policy.entity.PolicyLevel;
import org.zhixing.policy.entity.PolicyMetadata;
import org.zhixing.policy.entity.PolicyType;

/** Reads a sheet row's cells as document metadata, in the words admins write in such sheets (省级, 通知, 是). */
final class ImportRows {

  private static final Map<String, PolicyLevel> LEVELS =
      Map.of("省级", PolicyLevel.PROVINCE, "市级", PolicyLevel.CITY, "县级", PolicyLevel.COUNTY, "乡镇级", PolicyLevel.TOWNSHIP);
  private static final Map<String, PolicyType> TYPES =
      Map.of(
          "通知", PolicyType.NOTICE, "意见", PolicyType.OPINION, "办法", PolicyType.MEASURES, "方案", PolicyType.PLAN,
          "标准", PolicyType.STANDARD, "规定", PolicyType.RULES, "细则", PolicyType.RULES,
          "解读", PolicyType.INTERPRETATION, "问答", PolicyType.QA);

  private ImportRows() {}

  /** The row's metadata; an IllegalArgumentException says, in Chinese, what is wrong with it. */
  static PolicyMetadata metadata(MetadataSheet.SheetRow row) {
    return new PolicyMetadata(
        row.get("文号"),
        required(row, "标题"),
        required(row, "发文机关"),
        lookUp(LEVELS, row.get("层级"), "层级", PolicyLevel.class),
        date(row.get("发文日期")),
        lookUp(TYPES, row.get("文种"), "文种", PolicyType.class),
        tags(row.get("标签")),
        row.get("内部").equals("是"));
  }

  private static String required(MetadataSheet.SheetRow row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(column + "不能为空");
    }
    return value;
  }

  private static <E extends Enum<E>> E lookUp(Map<String, E> byLabel, String value, String column, Class<E> type) {
    E found = byLabel.get(value);
    if (found != null) {
      return found;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(column + "“" + value + "”无效，可填：" + String.join("、", byLabel.keySet()));
    }
  }

  private static LocalDate date(String value) {
    String iso = value.replaceAll("[年月/.]", "-").replace("日", "");
    try {
      String[] parts = iso.split("-");
      return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("发文日期“" + value + "”无效，应为 2024-03-01 这样的日期");
    }
  }

  private static List<String> tags(String value) {
    return Arrays.stream(value.split("[、,，;；\\s]+")).filter(t -> !t.isBlank()).toList();
  }
}
