package org.zhixing.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One person of the pack with the positions they hold in one unit.
 *
 * @param gender "M" or "F"
 * @param phone 11-digit mobile number, unique in the pack (fictitious)
 * @param positions position codes (PARTY_SECRETARY, VILLAGE_DIRECTOR, COMMITTEE_MEMBER, FIRST_SECRETARY,
 *     RESIDENT_CADRE, TOWNSHIP_CADRE, COUNTY_CADRE); never empty
 * @param dispatchingUnit the unit that sent a FIRST_SECRETARY or RESIDENT_CADRE (派出单位), else {@code null}
 * @param username the Keycloak username if the person has a demo account, else {@code null}
 */
public record PersonSeed(String name, String gender, String phone, String unitCode,
                         List<String> positions, String dispatchingUnit, String username) {

  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

  public PersonSeed {
    if (!"M".equals(gender) && !"F".equals(gender)) {
      throw new IllegalArgumentException(name + ": gender must be M or F, not " + gender);
    }
    if (phone == null || !MOBILE.matcher(phone).matches()) {
      throw new IllegalArgumentException(name + ": not an 11-digit mobile number: " + phone);
    }
    positions = List.copyOf(positions);
    if (positions.isEmpty() || !Positions.ALL.containsAll(positions)) {
      throw new IllegalArgumentException(name + " must hold one or more known positions, not " + positions);
    }
    boolean sent = positions.contains(Positions.FIRST_SECRETARY) || positions.contains(Positions.RESIDENT_CADRE);
    if (sent != (dispatchingUnit != null)) {
      throw new IllegalArgumentException(name + ": a dispatching unit belongs to first secretaries and resident cadres only");
    }
  }

  boolean holds(String position) {
    return positions.contains(position);
  }

  PersonSeed withUsername(String newUsername) {
    return new PersonSeed(name, gender, phone, unitCode, positions, dispatchingUnit, newUsername);
  }
}
