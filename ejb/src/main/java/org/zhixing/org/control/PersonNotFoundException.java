package org.zhixing.org.control;

import org.zhixing.platform.problem.DomainException;

/** No person with this id in the caller's subtree; whether one exists elsewhere is not told. */
public class PersonNotFoundException extends DomainException {

  public PersonNotFoundException(long id) {
    super("person-not-found", 404, "No person %d in the caller's scope".formatted(id), id);
  }
}
