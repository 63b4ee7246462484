package org.zhixing.content;

import java.util.Random;

/**
 * The three kinds of township-level unit. Their code ranges follow the national scheme
 * (街道 001–099, 镇 100–199, 乡 200–399), so a code alone tells a township's type.
 */
enum TownshipType {
  STREET("街道", 1, 0.7),
  TOWN("镇", 101, 1.15),
  XIANG("乡", 201, 0.95);

  /** What the name ends with. */
  final String suffix;
  /** The 3-digit number of the county's first township of this type. */
  final int firstNumber;
  /** Relative share of the county's villages: towns are larger than xiangs, streets smaller. */
  final double villageWeight;

  TownshipType(String suffix, int firstNumber, double villageWeight) {
    this.suffix = suffix;
    this.firstNumber = firstNumber;
    this.villageWeight = villageWeight;
  }

  static TownshipType ofName(String name) {
    for (TownshipType type : values()) {
      if (name.endsWith(type.suffix)) {
        return type;
      }
    }
    throw new IllegalArgumentException("township name must end with 街道, 镇 or 乡: " + name);
  }

  /**
   * How many of a township's units are communities (社区) rather than villages: a street is
   * mostly urban, a town has a few around its seat, a xiang at most one. Every town and xiang
   * keeps at least one village.
   */
  int communities(int units, Random random) {
    return switch (this) {
      case STREET -> (int) Math.round(units * (0.6 + 0.4 * random.nextDouble()));
      case TOWN -> Math.min(units - 1, 1 + random.nextInt(3));
      case XIANG -> Math.min(units - 1, random.nextInt(2));
    };
  }
}
