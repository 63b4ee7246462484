package org.zhixing.content;

import java.util.Random;

/** The units that send first secretaries and resident cadres (派出单位), from {@code dispatching-units.txt}. */
final class DispatchingUnits {

  /** Most first secretaries come from the county's own departments, the rest from the city's. */
  private static final double FROM_COUNTY = 0.6;

  private final WordLists units;

  DispatchingUnits(WordLists units) {
    this.units = units;
  }

  static DispatchingUnits read() {
    return new DispatchingUnits(WordLists.read("dispatching-units.txt"));
  }

  /** A unit that sends cadres to a village of {@code county}. */
  String pick(CountySource county, Random random) {
    if (county.countyDispatch() && random.nextDouble() < FROM_COUNTY) {
      return county.name() + units.pick("county", random);
    }
    return units.pick("city", random);
  }
}
