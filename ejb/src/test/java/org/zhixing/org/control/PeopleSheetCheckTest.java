package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhixing.org.control.PlaceDirectory.Unit;
import org.zhixing.org.entity.UnitKind;

class PeopleSheetCheckTest {

  private static final Unit TAIKANG = new Unit("411627000000", "太康县", UnitKind.COUNTY, "411600000000");
  private static final Unit DAXUZHAI = new Unit("411627101000", "大许寨镇", UnitKind.TOWNSHIP, TAIKANG.code());
  private static final Unit GENGZHUANG = new Unit("411627101201", "耿庄村", UnitKind.VILLAGE, DAXUZHAI.code());

  private final PeopleSheetCheck check = new PeopleSheetCheck(
      SheetHeaders.of(List.of("姓名", "性别", "手机号", "身份证号", "乡镇", "村", "职务")),
      new PlaceDirectory(List.of(TAIKANG, DAXUZHAI, GENGZHUANG)),
      LocalDate.of(2026, 11, 25));

  @Test
  void placesGoodRowsAndReportsTheOthers() {
    check.row(2, List.of("彭松宇", "男", "13812345678", "", "大许寨镇", "耿庄村", "支书"));
    check.row(3, List.of("", "", "", "", "", "", "")); // blank
    check.row(4, List.of("李娟", "女", "13900001111", "", "大许寨镇", "王庄村", "委员"));
    check.row(5, List.of("王强", "男", "13812345678", "", "大许寨镇", "耿庄村", "委员"));

    assertThat(check.rows()).isEqualTo(3);
    assertThat(check.placed()).extracting(p -> p.person().name(), PeopleSheetCheck.Placed::unit)
        .containsExactly(tuple("彭松宇", GENGZHUANG));
    assertThat(check.problems()).extracting(RowProblem::row, RowProblem::code, RowProblem::value)
        .containsExactly(
            tuple(4, "unknown-place", "大许寨镇 王庄村"),
            tuple(5, "duplicate-in-sheet", "13812345678 (2)"));
  }

  @Test
  void theSameIdNumberTwiceIsADuplicateToo() {
    check.row(2, List.of("李娟", "", "13900001111", "11010519491231002X", "", "耿庄村", "委员"));
    check.row(3, List.of("李娟", "", "13900002222", "11010519491231002x", "", "耿庄村", "委员"));

    assertThat(check.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::code)
        .containsExactly(tuple(3, PeopleColumn.ID_NUMBER, "duplicate-in-sheet"));
  }
}
