package org.zhixing.content;

import java.util.List;

/** One county-level unit with its townships and their villages and communities, all in code order. */
record CountyTree(CountySource source, UnitSeed county, List<Township> townships) {

  record Township(UnitSeed unit, List<UnitSeed> grassroots) {}

  List<UnitSeed> grassroots() {
    return townships.stream().flatMap(township -> township.grassroots().stream()).toList();
  }
}
