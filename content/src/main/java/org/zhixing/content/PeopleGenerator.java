package org.zhixing.content;

import static org.zhixing.content.Positions.COMMITTEE_MEMBER;
import static org.zhixing.content.Positions.FIRST_SECRETARY;
import static org.zhixing.content.Positions.PARTY_SECRETARY;
import static org.zhixing.content.Positions.RESIDENT_CADRE;
import static org.zhixing.content.Positions.ORGANIZING_MEMBER;
import static org.zhixing.content.Positions.TOWNSHIP_CADRE;
import static org.zhixing.content.Positions.VILLAGE_DIRECTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the people of one county: the cadres of each township who organise training, and
 * for each village or community its "两委" leadership and, where one is sent, its work team.
 */
final class PeopleGenerator {

  /** Share of villages whose party secretary is also the village director ("一肩挑"). */
  private static final double SECRETARY_IS_DIRECTOR = 0.6;
  /** Share of 脱贫村 that keep a first secretary besides the weak-and-lax villages, which all have one. */
  private static final double FIRST_SECRETARY_IN_POVERTY_ALLEVIATED = 0.5;
  private static final double FEMALE_SECRETARIES = 0.1;
  private static final double FEMALE_COMMITTEE_MEMBERS = 0.24;
  private static final double FEMALE_SENT_CADRES = 0.15;
  private static final double FEMALE_TOWNSHIP_CADRES = 0.3;

  private final PackSettings settings;
  private final PersonFactory persons;
  private final DispatchingUnits dispatchers;

  PeopleGenerator(PackSettings settings, PersonFactory persons, DispatchingUnits dispatchers) {
    this.settings = settings;
    this.persons = persons;
    this.dispatchers = dispatchers;
  }

  List<PersonSeed> county(CountyTree tree) {
    Random random = settings.stream("people", tree.source().code());
    List<PersonSeed> people = new ArrayList<>();
    for (CountyTree.Township township : tree.townships()) {
      int cadres = 2 + random.nextInt(3);
      for (int i = 0; i < cadres; i++) {
        List<String> posts = i == 0 ? List.of(TOWNSHIP_CADRE, ORGANIZING_MEMBER) : List.of(TOWNSHIP_CADRE);
        people.add(person(FEMALE_TOWNSHIP_CADRES, random, township.unit(), posts, null));
      }
      for (UnitSeed unit : township.grassroots()) {
        leadership(unit, random, people);
        workTeam(tree.source(), unit, random, people);
      }
    }
    return people;
  }

  /**
   * The party secretary and four to six committee members. Without "一肩挑" one committee member
   * is the village director. Every committee has a woman, as the 两委 election rules ask.
   */
  private void leadership(UnitSeed unit, Random random, List<PersonSeed> people) {
    boolean combined = random.nextDouble() < SECRETARY_IS_DIRECTOR;
    people.add(person(FEMALE_SECRETARIES, random, unit,
        combined ? List.of(PARTY_SECRETARY, VILLAGE_DIRECTOR) : List.of(PARTY_SECRETARY), null));
    int members = 4 + random.nextInt(3);
    boolean womanYet = false;
    for (int i = 0; i < members; i++) {
      boolean female = random.nextDouble() < FEMALE_COMMITTEE_MEMBERS || (i == members - 1 && !womanYet);
      womanYet |= female;
      List<String> positions = i == 0 && !combined
          ? List.of(VILLAGE_DIRECTOR, COMMITTEE_MEMBER)
          : List.of(COMMITTEE_MEMBER);
      people.add(persons.person(female, random, unit.code(), positions, null));
    }
  }

  /**
   * The work team (驻村工作队): a first secretary in every weak-and-lax village and in half of
   * the 脱贫村, in half of them joined by a resident cadre from the same dispatching unit.
   */
  private void workTeam(CountySource county, UnitSeed unit, Random random, List<PersonSeed> people) {
    boolean sent = unit.isWeakAndLax()
        || (unit.povertyAlleviated() && random.nextDouble() < FIRST_SECRETARY_IN_POVERTY_ALLEVIATED);
    if (!sent) {
      return;
    }
    String dispatcher = dispatchers.pick(county, random);
    people.add(person(FEMALE_SENT_CADRES, random, unit, List.of(FIRST_SECRETARY), dispatcher));
    if (random.nextBoolean()) {
      people.add(person(FEMALE_SENT_CADRES, random, unit, List.of(RESIDENT_CADRE), dispatcher));
    }
  }

  private PersonSeed person(double femaleShare, Random random, UnitSeed unit, List<String> positions,
                            String dispatcher) {
    return persons.person(random.nextDouble() < femaleShare, random, unit.code(), positions, dispatcher);
  }
}
