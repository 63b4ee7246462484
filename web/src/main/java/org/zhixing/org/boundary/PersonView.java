package org.zhixing.org.boundary;

import java.util.List;
import org.zhixing.org.entity.Person;

/** A person as admins see them in lists: the phone masked, the posts in their canonical order. */
public record PersonView(
    long id,
    String name,
    String gender,
    String phone,
    List<String> positions,
    String unitCode,
    String unitName,
    String dispatchingUnit) {

  static PersonView of(Person p) {
    return new PersonView(
        p.id(),
        p.name(),
        p.gender().name(),
        p.maskedPhone(),
        p.positions().stream().sorted().map(Enum::name).toList(),
        p.unit().code(),
        p.unit().name(),
        p.dispatchingUnit());
  }
}
