package org.zhixing.content;

import java.time.LocalDate;
import java.util.Properties;
import java.util.Random;

/**
 * The pack's fixed settings from {@code pack.properties}: the city, the seed, the weak-and-lax year and the period of
 * the demo season of learning.
 */
record PackSettings(String cityCode, String cityName, long seed, int weakYear, LocalDate seasonStart,
                    LocalDate seasonEnd) {

  static PackSettings read() {
    Properties properties = SourceFiles.properties("pack.properties");
    return new PackSettings(
        required(properties, "city.code"),
        required(properties, "city.name"),
        Long.parseLong(required(properties, "seed")),
        Integer.parseInt(required(properties, "weak.year")),
        LocalDate.parse(required(properties, "season.start")),
        LocalDate.parse(required(properties, "season.end")));
  }

  /**
   * A random stream of its own for one purpose in one county. Separate streams keep edits local:
   * changing one county's row, or how people are drawn, leaves the other counties' names and the
   * org tree as they were. {@link Random} because its algorithm is fixed by its specification, so
   * every JDK yields the same pack; {@link String#hashCode()} is specified as well.
   */
  Random stream(String purpose, String countyCode) {
    long mixed = seed;
    mixed = mixed * 1_000_003L + purpose.hashCode();
    mixed = mixed * 1_000_003L + Long.parseLong(countyCode);
    return new Random(mixed);
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("content pack source pack.properties lacks " + key);
    }
    return value.strip();
  }
}
