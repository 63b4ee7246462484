package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;

class SheetPersonParserTest {

  private static final SheetHeaders TEMPLATE = SheetHeaders.of(List.of(
      "姓名", "性别", "手机号", "身份证号", "县(市、区)", "乡镇(街道)", "村(社区)", "职务", "是否驻村第一书记", "派出单位"));
  private static final String WOMAN_1949 = "11010519491231002X";

  private final SheetPersonParser parser = new SheetPersonParser(TEMPLATE, LocalDate.of(2026, 11, 25));

  @Test
  void readsACompleteRow() {
    var parsed = parser.parse(2, List.of(
        "彭松宇", "男", "138 1234 5678", "", "太康县", "大许寨镇", "耿庄村", "村党组织书记、村委会主任", "否", ""));

    assertThat(parsed.problems()).isEmpty();
    SheetPerson person = parsed.person().orElseThrow();
    assertThat(person.row()).isEqualTo(2);
    assertThat(person.phone()).isEqualTo("13812345678");
    assertThat(person.gender()).isEqualTo(Gender.M);
    assertThat(person.positions()).containsExactlyInAnyOrder(Position.PARTY_SECRETARY, Position.VILLAGE_DIRECTOR);
    assertThat(person.place()).isEqualTo(new SheetPerson.Place(Optional.empty(), "太康县", "大许寨镇", "耿庄村"));
  }

  @Test
  void takesTheGenderFromTheIdNumberAndFirstSecretaryFromItsColumn() {
    var parsed = parser.parse(3, List.of(
        "李娟", "", "+86 139-0000-1111", WOMAN_1949.toLowerCase(), "", "", "耿庄村", "驻村干部", "是", "周口市农业农村局"));

    SheetPerson person = parsed.person().orElseThrow();
    assertThat(person.gender()).isEqualTo(Gender.F);
    assertThat(person.phone()).isEqualTo("13900001111");
    assertThat(person.idNumber()).contains(WOMAN_1949);
    assertThat(person.positions()).containsExactlyInAnyOrder(Position.RESIDENT_CADRE, Position.FIRST_SECRETARY);
    assertThat(person.dispatchingUnit()).contains("周口市农业农村局");
  }

  @Test
  void aMaskedIdNumberAsAnExportWritesItMeansKeepTheStoredOne() {
    var parsed = parser.parse(3, List.of(
        "李娟", "女", "13900001111", IdNumbers.masked(WOMAN_1949), "", "", "耿庄村", "驻村第一书记", "是", "周口市农业农村局"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.person().orElseThrow().idNumber()).isEmpty();
  }

  @Test
  void everyPostHasANameTheParserReadsBackAsThatPostAlone() {
    for (Position position : Position.values()) {
      assertThat(PositionNames.of(PositionNames.canonical(position))).contains(java.util.Set.of(position));
    }
  }

  @Test
  void readsFullWidthDigitsAndQuotedTwoCommittees() {
    var parsed = parser.parse(4, List.of("王强", "男", "１３７００００２２２２", "", "", "", "耿庄村", "村“两委”成员", "", ""));

    assertThat(parsed.person().orElseThrow().phone()).isEqualTo("13700002222");
    assertThat(parsed.person().orElseThrow().positions()).containsExactly(Position.COMMITTEE_MEMBER);
  }

  @Test
  void reportsEveryProblemOfARowAtOnce() {
    var parsed = parser.parse(5, List.of(
        "", "男", "1381234567", "110105194912310021", "", "", "", "村长、书记", "也许", ""));

    assertThat(parsed.person()).isEmpty();
    assertThat(parsed.problems())
        .extracting(RowProblem::column, RowProblem::code, RowProblem::value)
        .containsExactlyInAnyOrder(
            tuple(PeopleColumn.NAME, "missing", ""),
            tuple(PeopleColumn.PHONE, "invalid-phone", "1381234567"),
            tuple(PeopleColumn.ID_NUMBER, "invalid-id-number", "**************0021"),
            tuple(PeopleColumn.VILLAGE, "missing", ""),
            tuple(PeopleColumn.POSITIONS, "unknown-position", "村长"),
            tuple(PeopleColumn.FIRST_SECRETARY, "invalid-yes-no", "也许"));
    assertThat(parsed.problems()).allSatisfy(problem -> assertThat(problem.row()).isEqualTo(5));
  }

  @Test
  void aGenderThatContradictsTheIdNumberIsAProblem() {
    var parsed = parser.parse(6, List.of("李娟", "男", "13900001111", WOMAN_1949, "", "", "耿庄村", "委员", "", ""));

    assertThat(parsed.problems()).extracting(RowProblem::code).containsExactly("gender-contradicts-id-number");
  }

  @Test
  void aFirstSecretaryNeedsTheUnitThatSentThem() {
    var parsed = parser.parse(7, List.of("赵刚", "男", "13900003333", "", "", "", "耿庄村", "第一书记", "", ""));

    assertThat(parsed.problems())
        .extracting(RowProblem::column, RowProblem::code)
        .containsExactly(tuple(PeopleColumn.DISPATCHING_UNIT, "missing"));
  }

  @Test
  void aDivisionCodeStandsInForTheNamesButMustHaveTwelveDigits() {
    var headers = SheetHeaders.of(List.of("姓名", "性别", "手机号", "区划代码", "职务"));
    var byCode = new SheetPersonParser(headers, LocalDate.of(2026, 11, 25));

    assertThat(byCode.parse(2, List.of("王强", "男", "13700002222", "411627101201", "支书")).person().orElseThrow()
            .place().divisionCode())
        .contains("411627101201");
    assertThat(byCode.parse(3, List.of("王强", "男", "13700002222", "41162710120", "支书")).problems())
        .extracting(RowProblem::code)
        .containsExactly("invalid-division-code");
  }
}
