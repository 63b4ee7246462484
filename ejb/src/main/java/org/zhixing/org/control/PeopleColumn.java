package org.zhixing.org.control;

import org.zhixing.platform.sheet.HeaderKey;
import org.zhixing.platform.sheet.HeaderNames;

/**
 * The columns of the people sheets that county organization departments keep, each with the header it usually has and
 * the other names seen for it. Headers are compared in a {@link HeaderKey normalized} form, so spaces, full-width
 * brackets and the bracketed remarks (县（市、区）) do not matter.
 */
public enum PeopleColumn {
  NAME("姓名", "名字", "人员姓名"),
  GENDER("性别"),
  PHONE("手机号", "手机号码", "手机", "联系电话", "联系方式", "电话"),
  ID_NUMBER("身份证号", "身份证号码", "公民身份号码", "身份证"),
  COUNTY("县(市、区)", "县市区", "县区", "所在县", "县"),
  TOWNSHIP("乡镇(街道)", "乡镇街道", "乡镇", "街道", "所在乡镇"),
  VILLAGE("村(社区)", "村社区", "行政村", "村", "社区", "村名", "所在村"),
  DIVISION_CODE("区划代码", "行政区划代码", "村区划代码", "统计用区划代码"),
  POSITIONS("职务", "现任职务", "担任职务", "岗位"),
  FIRST_SECRETARY("是否驻村第一书记", "驻村第一书记", "是否第一书记"),
  DISPATCHING_UNIT("派出单位", "选派单位", "原单位");

  private final HeaderNames names;

  PeopleColumn(String header, String... otherNames) {
    this.names = new HeaderNames(header, otherNames);
  }

  /** The header an exported sheet carries, the one the template uses. */
  public String header() {
    return names.header();
  }

  boolean isNamed(String key) {
    return names.matches(key);
  }
}
