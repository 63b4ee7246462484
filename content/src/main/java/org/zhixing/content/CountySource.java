package org.zhixing.content;

import java.util.Comparator;
import java.util.List;

/**
 * One row of {@code counties.tsv}: a real county-level unit and the figures its synthetic
 * townships and villages are generated from.
 *
 * @param code the 6-digit division code
 * @param countyDispatch whether the county's own departments send first secretaries
 * @param seedTownships fixed township names, each taking the first code of its type
 */
record CountySource(String code, String name, String type, int streets, int towns, int xiangs,
                    int villages, int weak, boolean countyDispatch, List<String> seedTownships) {

  private static final int COLUMNS = 10;

  /** All rows, in code order so that the pack's order does not depend on the file's. */
  static List<CountySource> readAll() {
    return SourceFiles.lines("counties.tsv").stream()
        .map(CountySource::parse)
        .sorted(Comparator.comparing(CountySource::code))
        .toList();
  }

  static CountySource parse(SourceLine line) {
    List<String> c = line.columns(COLUMNS);
    if (!c.get(0).matches("\\d{6}")) {
      throw line.error("county code must be 6 digits: " + c.get(0));
    }
    if (!c.get(8).equals("yes") && !c.get(8).equals("no")) {
      throw line.error("county_dispatch must be yes or no: " + c.get(8));
    }
    List<String> seeds = c.get(9).equals("-") ? List.of() : List.of(c.get(9).split(","));
    CountySource county = new CountySource(c.get(0), c.get(1), c.get(2),
        line.intColumn(c, 3), line.intColumn(c, 4), line.intColumn(c, 5),
        line.intColumn(c, 6), line.intColumn(c, 7), c.get(8).equals("yes"),
        seeds.stream().map(String::strip).toList());
    if (county.weak() > county.villages()) {
      throw line.error("more weak-and-lax villages than villages");
    }
    if (county.streets() > 99 || county.towns() > 99 || county.xiangs() > 199) {
      throw line.error("more townships of one type than its code range holds");
    }
    for (TownshipType type : TownshipType.values()) {
      if (county.seedsOf(line, type).size() > county.count(type)) {
        throw line.error("more seed townships of type " + type.suffix + " than the county has");
      }
    }
    return county;
  }

  /** The 12-digit code of the county-level unit itself. */
  String unitCode() {
    return code + "000000";
  }

  int townships() {
    return streets + towns + xiangs;
  }

  /** The seed township names of one type, in file order. */
  List<String> seedsOf(TownshipType type) {
    return seedTownships.stream().filter(name -> TownshipType.ofName(name) == type).toList();
  }

  private List<String> seedsOf(SourceLine line, TownshipType type) {
    try {
      return seedsOf(type);
    } catch (IllegalArgumentException e) {
      throw line.error(e.getMessage());
    }
  }

  int count(TownshipType type) {
    return switch (type) {
      case STREET -> streets;
      case TOWN -> towns;
      case XIANG -> xiangs;
    };
  }
}
