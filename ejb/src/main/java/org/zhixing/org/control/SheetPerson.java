package org.zhixing.org.control;

import java.util.Optional;
import java.util.Set;
import org.zhixing.org.entity.Person.Gender;
import org.zhixing.org.entity.Position;

/**
 * One person as a row of a people sheet describes them, checked on its own (where they serve is looked up later).
 *
 * @param idNumber normalized, or empty when the sheet has none
 * @param place the division code, or the names of county, township and village as written
 * @param dispatchingUnit the unit that sent a first secretary or resident cadre, or empty
 */
public record SheetPerson(
    int row,
    String name,
    Gender gender,
    String phone,
    Optional<String> idNumber,
    Place place,
    Set<Position> positions,
    Optional<String> dispatchingUnit) {

  public SheetPerson {
    positions = Set.copyOf(positions);
  }

  /** Where the row says the person serves: a 12-digit division code if given, else names from county down. */
  public record Place(Optional<String> divisionCode, String county, String township, String village) {}
}
