package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** No person has this id (or they departed and are no longer administered). */
public class PersonNotFoundException extends DomainException {

  public PersonNotFoundException(long id) {
    super("person-not-found", 404, "No person with id %d".formatted(id), id);
  }
}
