package org.zhixing.org.boundary;

import java.util.Set;

/**
 * An import wrote people of a subtree: added, changed, moved, reactivated or marked departed. Fired inside the
 * transaction that wrote them, so an observer may record follow-up work atomically with the change.
 *
 * @param unitCode the unit at the top of the subtree the import covered
 * @param phones the phone numbers of the people written (their numbers after the import); the unchanged are not in it
 */
public record PeopleChanged(String unitCode, Set<String> phones) {

  public PeopleChanged {
    phones = Set.copyOf(phones);
  }
}
