package org.zhixing.org.boundary;

import java.util.List;
import org.zhixing.org.entity.Person;

/**
 * A person as lists show them: the phone whole for the admins of their subtree and masked for everyone else, the posts
 * in their canonical order.
 */
public record PersonView(
    long id,
    String name,
    String gender,
    String phone,
    List<String> positions,
    String unitCode,
    String unitName,
    String dispatchingUnit) {

  static PersonView of(DisclosedPerson disclosed) {
    Person p = disclosed.person();
    return new PersonView(
        p.id(),
        p.name(),
        p.gender().name(),
        disclosed.phone(),
        p.positions().stream().sorted().map(Enum::name).toList(),
        p.unit().code(),
        p.unit().name(),
        p.dispatchingUnit());
  }
}
