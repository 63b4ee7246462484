package org.zhixing.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The pack loaded once per test run, with the look-ups the tests share. */
final class LoadedPack {

  static final DemoContentPack PACK = DemoContentPack.load();
  static final Map<String, UnitSeed> UNITS_BY_CODE = PACK.units().stream()
      .collect(Collectors.toMap(UnitSeed::code, Function.identity()));

  private LoadedPack() {}

  static List<UnitSeed> unitsOfKind(String... kinds) {
    List<String> wanted = List.of(kinds);
    return PACK.units().stream().filter(unit -> wanted.contains(unit.kind())).toList();
  }

  static List<UnitSeed> grassroots() {
    return unitsOfKind("VILLAGE", "COMMUNITY");
  }

  /** The code of the county a unit lies in (a county is its own county). */
  static String countyOf(UnitSeed unit) {
    return countyOf(unit.code());
  }

  static String countyOf(String unitCode) {
    return unitCode.substring(0, 6) + "000000";
  }

  static List<PersonSeed> peopleAt(String unitCode) {
    return PACK.people().stream().filter(person -> person.unitCode().equals(unitCode)).toList();
  }

  static List<PersonSeed> holding(String position) {
    return PACK.people().stream().filter(person -> person.positions().contains(position)).toList();
  }
}
