package org.zhixing.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo content of 周口市: its org tree down to the 4,840 villages and communities, the
 * people who lead them and the demo sign-in accounts.
 *
 * <p>The app loads it once, into an empty database, when demo content is enabled. Every call of
 * {@link #load()} yields the same pack: the real county-level units come from
 * {@code counties.tsv}, everything below them is generated from the source files and the seed
 * in {@code pack.properties}.
 */
public final class DemoContentPack {

  private final List<UnitSeed> units;
  private final List<PersonSeed> people;
  private final List<DemoAccount> demoAccounts;

  private DemoContentPack(List<UnitSeed> units, List<PersonSeed> people, List<DemoAccount> demoAccounts) {
    this.units = List.copyOf(units);
    this.people = List.copyOf(people);
    this.demoAccounts = List.copyOf(demoAccounts);
  }

  /** Reads the source files from the classpath and generates the pack (well under a second). */
  public static DemoContentPack load() {
    PackSettings settings = PackSettings.read();
    WordLists names = WordLists.read("names.txt");
    OrgTreeGenerator trees = new OrgTreeGenerator(settings, new PlaceNames(names));
    PersonFactory persons = new PersonFactory(names);
    PeopleGenerator generator = new PeopleGenerator(settings, persons, DispatchingUnits.read());

    List<CountyTree> counties = CountySource.readAll().stream().map(trees::county).toList();
    List<UnitSeed> units = levelByLevel(trees.city(), counties);
    List<PersonSeed> people = new ArrayList<>();
    counties.forEach(county -> people.addAll(generator.county(county)));
    Set<String> unitCodes = new HashSet<>();
    units.forEach(unit -> unitCodes.add(unit.code()));
    List<DemoAccount> accounts = DemoAccounts.bind(people, unitCodes, persons,
        settings.stream("demo-accounts", settings.cityCode().substring(0, 6)));
    return new DemoContentPack(units, people, accounts);
  }

  /** All units, parents before children: the city, then each level in code order. */
  public List<UnitSeed> units() {
    return units;
  }

  /** Village leaders, work teams, township cadres and the demo accounts' persons. */
  public List<PersonSeed> people() {
    return people;
  }

  public List<DemoAccount> demoAccounts() {
    return demoAccounts;
  }

  @Override
  public String toString() {
    return "DemoContentPack[" + units.size() + " units, " + people.size() + " people, "
        + demoAccounts.size() + " demo accounts]";
  }

  private static List<UnitSeed> levelByLevel(UnitSeed city, List<CountyTree> counties) {
    List<UnitSeed> units = new ArrayList<>();
    units.add(city);
    counties.forEach(county -> units.add(county.county()));
    counties.forEach(county -> county.townships().forEach(township -> units.add(township.unit())));
    counties.forEach(county -> units.addAll(county.grassroots()));
    return units;
  }
}
