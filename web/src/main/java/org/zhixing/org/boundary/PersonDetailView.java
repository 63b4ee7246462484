package org.zhixing.org.boundary;

import java.time.Instant;
import java.util.List;
import org.zhixing.org.entity.Person;

/**
 * One person in full, as far as the caller may read it: the phone as {@link DisclosedPerson} says, the ID number only
 * ever masked (its last four characters), and whether they departed after an election.
 */
public record PersonDetailView(
    long id,
    String name,
    String gender,
    String phone,
    String idNumber,
    List<String> positions,
    String unitCode,
    String unitName,
    String dispatchingUnit,
    Instant departedAt) {

  static PersonDetailView of(DisclosedPerson disclosed) {
    Person p = disclosed.person();
    return new PersonDetailView(
        p.id(),
        p.name(),
        p.gender().name(),
        disclosed.phone(),
        p.maskedIdNumber().orElse(null),
        p.positions().stream().sorted().map(Enum::name).toList(),
        p.unit().code(),
        p.unit().name(),
        p.dispatchingUnit(),
        p.departedAt().orElse(null));
  }
}
