package org.zhixing.content;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Synthetic place names in the style of eastern Henan (王集镇, 前李庄村, 幸福路社区), drawn from
 * {@code names.txt} and unique among the names already {@code taken} under the same parent.
 */
final class PlaceNames {

  /** Far more than any township or village needs; reaching it means the word lists are too short. */
  private static final int MAX_DRAWS = 10_000;

  private final WordLists words;
  private final List<String> avoided;

  PlaceNames(WordLists words) {
    this.words = words;
    this.avoided = words.list("avoid");
  }

  String township(TownshipType type, Random random, Set<String> taken) {
    return unique(taken, () -> (type == TownshipType.STREET
        ? words.pick("street-names", random)
        : townshipStem(random)) + type.suffix);
  }

  String village(Random random, Set<String> taken) {
    return unique(taken, () -> villageStem(random) + "村");
  }

  String community(Random random, Set<String> taken) {
    return unique(taken, () -> words.pick("community-stems", random) + words.pick("community-suffixes", random));
  }

  private String townshipStem(Random random) {
    double roll = random.nextDouble();
    if (roll < 0.55) {
      return surname(random) + words.pick("township-suffixes", random);
    }
    if (roll < 0.8) {
      return words.pick("place-prefixes", random) + surname(random) + words.pick("township-suffixes", random);
    }
    return words.pick("township-stems", random);
  }

  private String villageStem(Random random) {
    double roll = random.nextDouble();
    String suffix = words.pick("village-suffixes", random);
    if (roll < 0.55) {
      return surname(random) + suffix;
    }
    if (roll < 0.9) {
      return words.pick("village-prefixes", random) + surname(random) + suffix;
    }
    // Two-surname villages (李张庄) grew from two clans settling together.
    String first = surname(random);
    String second = surname(random);
    return first.equals(second) ? first + suffix : first + second + suffix;
  }

  private String surname(Random random) {
    return words.pick("surnames", random);
  }

  private String unique(Set<String> taken, Supplier<String> draw) {
    for (int i = 0; i < MAX_DRAWS; i++) {
      String name = draw.get();
      if (avoided.stream().noneMatch(name::contains) && taken.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("names.txt is too short: no unused name after " + MAX_DRAWS + " draws");
  }
}
