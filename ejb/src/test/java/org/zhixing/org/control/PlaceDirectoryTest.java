package org.zhixing.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhixing.org.control.PlaceDirectory.Unit;
import org.zhixing.org.entity.UnitKind;

class PlaceDirectoryTest {

  private static final Unit CITY = new Unit("411600000000", "周口市", UnitKind.CITY, null);
  private static final Unit TAIKANG = new Unit("411627000000", "太康县", UnitKind.COUNTY, CITY.code());
  private static final Unit DANCHENG = new Unit("411625000000", "郸城县", UnitKind.COUNTY, CITY.code());
  private static final Unit DAXUZHAI = new Unit("411627101000", "大许寨镇", UnitKind.TOWNSHIP, TAIKANG.code());
  private static final Unit CHANGYING = new Unit("411627102000", "常营镇", UnitKind.TOWNSHIP, TAIKANG.code());
  private static final Unit XIAOQIU = new Unit("411625103000", "秋渠乡", UnitKind.TOWNSHIP, DANCHENG.code());
  private static final Unit GENGZHUANG = new Unit("411627101201", "耿庄村", UnitKind.VILLAGE, DAXUZHAI.code());
  private static final Unit LIZHUANG_TAIKANG = new Unit("411627102201", "李庄村", UnitKind.VILLAGE, CHANGYING.code());
  private static final Unit LIZHUANG_DANCHENG = new Unit("411625103201", "李庄村", UnitKind.VILLAGE, XIAOQIU.code());

  private final PlaceDirectory city = new PlaceDirectory(List.of(
      CITY, TAIKANG, DANCHENG, DAXUZHAI, CHANGYING, XIAOQIU, GENGZHUANG, LIZHUANG_TAIKANG, LIZHUANG_DANCHENG));

  @Test
  void findsAVillageByItsNamesWrittenLoosely() {
    assertThat(city.resolve(place("太康", "大许寨镇", "耿庄")).unit()).isEqualTo(GENGZHUANG);
    assertThat(city.resolve(place("", "", " 耿庄村 ")).unit()).isEqualTo(GENGZHUANG);
  }

  @Test
  void aNameThatFitsTwoVillagesNeedsTheTownshipOrCounty() {
    assertThat(city.resolve(place("", "", "李庄村")).problem()).isEqualTo(RowProblem.Kind.AMBIGUOUS_PLACE);
    assertThat(city.resolve(place("郸城县", "", "李庄村")).unit()).isEqualTo(LIZHUANG_DANCHENG);
    assertThat(city.resolve(place("", "常营镇", "李庄村")).unit()).isEqualTo(LIZHUANG_TAIKANG);
  }

  @Test
  void aVillageUnderAnotherTownshipIsNotFound() {
    assertThat(city.resolve(place("太康县", "常营镇", "耿庄村")).problem()).isEqualTo(RowProblem.Kind.UNKNOWN_PLACE);
  }

  @Test
  void withoutAVillageTheTownshipOrCountyIsThePlace() {
    assertThat(city.resolve(place("太康县", "大许寨镇", "")).unit()).isEqualTo(DAXUZHAI);
    assertThat(city.resolve(place("郸城县", "", "")).unit()).isEqualTo(DANCHENG);
  }

  @Test
  void aDivisionCodeIsExactAndLimitedToTheScope() {
    var taikangOnly = new PlaceDirectory(List.of(TAIKANG, DAXUZHAI, CHANGYING, GENGZHUANG, LIZHUANG_TAIKANG));

    assertThat(taikangOnly.resolve(byCode("411627101201")).unit()).isEqualTo(GENGZHUANG);
    assertThat(taikangOnly.resolve(byCode("411625103201")).problem()).isEqualTo(RowProblem.Kind.UNKNOWN_DIVISION_CODE);
    assertThat(taikangOnly.resolve(place("郸城县", "", "李庄村")).problem()).isEqualTo(RowProblem.Kind.UNKNOWN_PLACE);
  }

  private static SheetPerson.Place place(String county, String township, String village) {
    return new SheetPerson.Place(Optional.empty(), county, township, village);
  }

  private static SheetPerson.Place byCode(String code) {
    return new SheetPerson.Place(Optional.of(code), "", "", "");
  }
}
