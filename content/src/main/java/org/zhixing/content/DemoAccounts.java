package org.zhixing.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo accounts of {@code demo-accounts.tsv}, bound to the generated people: an account
 * with {@code existing:POSITION} takes over a person the generator made (the learner is the
 * secretary of a real-looking village), {@code new:POSITION} adds a person of its own.
 */
final class DemoAccounts {

  private static final int COLUMNS = 5;
  private static final Set<String> ROLES = Set.of("SYS_ADMIN", "ORG_ADMIN", "TRAINER", "LEARNER");
  private static final String NO_PERSON = "-";
  private static final String PERSONS_NAME = "*";
  private static final double FEMALE_NEW_PERSONS = 0.3;

  private DemoAccounts() {}

  /**
   * Reads the accounts and binds them to {@code people}, which this changes in place: usernames
   * are set on existing persons, new persons are appended.
   */
  static List<DemoAccount> bind(List<PersonSeed> people, Set<String> unitCodes, PersonFactory persons,
                                Random random) {
    List<DemoAccount> accounts = new ArrayList<>();
    Set<String> usernames = new HashSet<>();
    for (SourceLine line : SourceFiles.lines("demo-accounts.tsv")) {
      List<String> c = line.columns(COLUMNS);
      String username = c.get(0);
      String role = c.get(1);
      String unitCode = c.get(2);
      if (!usernames.add(username)) {
        throw line.error("username " + username + " appears twice");
      }
      if (!ROLES.contains(role)) {
        throw line.error("unknown role " + role + ", expected one of " + ROLES);
      }
      if (!unitCodes.contains(unitCode)) {
        throw line.error("no unit has the code " + unitCode);
      }
      String personsName = person(line, c.get(4), username, unitCode, people, persons, random);
      String displayName = c.get(3).equals(PERSONS_NAME) ? personsName : c.get(3);
      if (displayName == null) {
        throw line.error("display name * needs a person");
      }
      accounts.add(new DemoAccount(username, displayName, role, unitCode));
    }
    return List.copyOf(accounts);
  }

  /** Binds the account's person, if any, and returns that person's name. */
  private static String person(SourceLine line, String spec, String username, String unitCode,
                               List<PersonSeed> people, PersonFactory persons, Random random) {
    if (spec.equals(NO_PERSON)) {
      return null;
    }
    int colon = spec.indexOf(':');
    String how = colon < 0 ? spec : spec.substring(0, colon);
    String position = spec.substring(colon + 1);
    if (how.equals("existing")) {
      for (int i = 0; i < people.size(); i++) {
        PersonSeed candidate = people.get(i);
        if (candidate.unitCode().equals(unitCode) && candidate.holds(position) && candidate.username() == null) {
          people.set(i, candidate.withUsername(username));
          return candidate.name();
        }
      }
      throw line.error("no person without an account holds " + position + " at " + unitCode);
    }
    if (how.equals("new")) {
      try {
        PersonSeed person = persons.person(random.nextDouble() < FEMALE_NEW_PERSONS, random, unitCode,
            List.of(position), null);
        people.add(person.withUsername(username));
        return person.name();
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }
    throw line.error("person must be -, existing:POSITION or new:POSITION, not " + spec);
  }
}
