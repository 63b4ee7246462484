package org.zhixing.org.control;

import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Person;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * Who reads a person's phone number whole: the admins (ORG_ADMIN, SYS_ADMIN) whose subtree holds the person, since
 * they are the ones who call them. Everyone else, trainers and admins of other subtrees, reads it masked.
 */
public final class PhoneDisclosure {

  private final boolean admin;
  private final OrgUnit scope;

  /** @param scope the top of the caller's subtree */
  public PhoneDisclosure(Caller caller, OrgUnit scope) {
    this.admin = caller.has(Role.ORG_ADMIN) || caller.has(Role.SYS_ADMIN);
    this.scope = scope;
  }

  public String phoneOf(Person person) {
    return admin && scope.contains(person.unit()) ? person.phone() : person.maskedPhone();
  }
}
