package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetHeadersTest {

  @Test
  void recognizesTheDepartmentsTemplate() {
    var headers = SheetHeaders.of(List.of(
        "姓名", "性别", "手机号", "身份证号", "县(市、区)", "乡镇(街道)", "村(社区)", "职务", "是否驻村第一书记", "派出单位"));

    assertThat(headers.columns()).hasSize(10).containsEntry(PeopleColumn.VILLAGE, 6);
    assertThat(headers.unrecognized()).isEmpty();
    assertThat(headers.missing()).isEmpty();
  }

  @Test
  void toleratesSpacesFullWidthBracketsRemarksAndSynonyms() {
    var headers = SheetHeaders.of(List.of(
        " 姓 名 ", "手机号码", "县（市、区）", "乡镇（街道）", "行政村", "现任职务", "身份证号码（选填）", "选派单位"));

    assertThat(headers.columns()).isEqualTo(Map.of(
        PeopleColumn.NAME, 0, PeopleColumn.PHONE, 1, PeopleColumn.COUNTY, 2, PeopleColumn.TOWNSHIP, 3,
        PeopleColumn.VILLAGE, 4, PeopleColumn.POSITIONS, 5, PeopleColumn.ID_NUMBER, 6,
        PeopleColumn.DISPATCHING_UNIT, 7));
    assertThat(headers.missing()).as("gender comes from the ID number").isEmpty();
  }

  @Test
  void reportsWhatItDidNotUnderstandAndWhatIsMissing() {
    var headers = SheetHeaders.of(List.of("序号", "姓名", "出生年月", "", "手机", "电话"));

    assertThat(headers.unrecognized()).containsExactly("序号", "出生年月");
    assertThat(headers.duplicates()).containsExactly("电话");
    assertThat(headers.columns()).containsEntry(PeopleColumn.PHONE, 4);
    assertThat(headers.missing())
        .containsExactlyInAnyOrder(PeopleColumn.POSITIONS, PeopleColumn.VILLAGE, PeopleColumn.GENDER);
  }

  @Test
  void aDivisionCodeIsEnoughToPlaceSomeone() {
    var headers = SheetHeaders.of(List.of("姓名", "性别", "手机号", "区划代码", "职务"));

    assertThat(headers.missing()).isEmpty();
  }

  @Test
  void readsCellsByColumnWhateverTheRowLength() {
    var headers = SheetHeaders.of(List.of("姓名", "手机号", "职务"));

    assertThat(headers.cell(List.of(" 彭松宇 ", "13800000000"), PeopleColumn.NAME)).isEqualTo("彭松宇");
    assertThat(headers.cell(List.of("彭松宇", "13800000000"), PeopleColumn.POSITIONS)).isEmpty();
    assertThat(headers.cell(List.of("彭松宇"), PeopleColumn.VILLAGE)).isEmpty();
  }
}
