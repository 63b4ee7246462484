package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhixing.org.control.PlaceDirectory.Unit;
import org.zhixing.org.entity.UnitKind;
import org.zhixing.platform.sheet.EmptySheetException;

class PeopleSheetReadingTest {

  private static final Unit GENGZHUANG = new Unit("411627101201", "耿庄村", UnitKind.VILLAGE, "411627101000");
  private static final List<String> HEADER = List.of("姓名", "性别", "手机号", "村", "职务");

  private final PeopleSheetReading reading =
      new PeopleSheetReading(new PlaceDirectory(List.of(GENGZHUANG)), LocalDate.of(2026, 11, 25));

  @Test
  void findsTheHeaderBelowATitleAndABlankLine() {
    reading.row(1, List.of("太康县村干部名单（2026年换届后）"));
    reading.row(2, List.of("", ""));
    reading.row(3, HEADER);
    reading.row(4, List.of("彭松宇", "男", "13812345678", "耿庄村", "支书"));

    assertThat(reading.headerRow()).isEqualTo(3);
    assertThat(reading.check("名单.xlsx").placed()).extracting(p -> p.person().row()).containsExactly(4);
  }

  @Test
  void aHeaderWithRequiredColumnsMissingIsRefusedAtOnce() {
    assertThatThrownBy(() -> reading.row(1, List.of("姓名", "性别", "村")))
        .isInstanceOf(MissingColumnsException.class)
        .hasMessageContaining("手机号");
  }

  @Test
  void noHeaderInTheFirstRowsNamesTheColumnsOfTheLikeliestRow() {
    reading.row(1, List.of("名单"));
    reading.row(2, List.of("姓名", "备注"));
    for (int row = 3; row < PeopleSheetReading.HEADER_SEARCH_ROWS; row++) {
      reading.row(row, List.of("张三", "无"));
    }

    assertThatThrownBy(() -> reading.row(PeopleSheetReading.HEADER_SEARCH_ROWS, List.of("李四", "无")))
        .isInstanceOf(MissingColumnsException.class)
        .hasMessageContaining("手机号")
        .hasMessageNotContaining("姓名");
  }

  @Test
  void aSheetOfBlankRowsIsEmptyAndOneOfTextWithoutHeaderLacksColumns() {
    reading.row(1, List.of("", ""));
    assertThatThrownBy(() -> reading.check("空.xlsx")).isInstanceOf(EmptySheetException.class);

    reading.row(2, List.of("随便写的内容"));
    assertThatThrownBy(() -> reading.check("乱.xlsx")).isInstanceOf(MissingColumnsException.class);
  }
}
