package org.zhixing.content;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes synthetic people: a Chinese name drawn from {@code names.txt} and a mobile number that
 * no other person of the pack has. One factory serves the whole pack so the numbers stay unique.
 */
final class PersonFactory {

  /** Mainland mobile prefixes of the three carriers, as common in Henan. */
  private static final List<String> MOBILE_PREFIXES = List.of(
      "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
      "150", "151", "152", "153", "155", "156", "157", "158", "159",
      "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
      "191", "193", "195", "198", "199");
  /** Most given names in the countryside have two characters, some one. */
  private static final double TWO_CHARACTER_GIVEN_NAMES = 0.75;

  private final WordLists names;
  private final Set<String> phonesInUse = new HashSet<>();

  PersonFactory(WordLists names) {
    this.names = names;
  }

  PersonSeed person(boolean female, Random random, String unitCode, List<String> positions, String dispatchingUnit) {
    return new PersonSeed(name(female, random), female ? "F" : "M", phone(random), unitCode,
        positions, dispatchingUnit, null);
  }

  private String name(boolean female, Random random) {
    String section = female ? "female-given" : "male-given";
    String given = names.pick(section, random);
    if (random.nextDouble() < TWO_CHARACTER_GIVEN_NAMES) {
      given += names.pick(section, random);
    }
    return names.pick("surnames", random) + given;
  }

  private String phone(Random random) {
    while (true) {
      String phone = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()))
          + "%08d".formatted(random.nextInt(100_000_000));
      if (phonesInUse.add(phone)) {
        return phone;
      }
    }
  }
}
