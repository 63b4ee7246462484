package org.zhixing.platform.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified token says: username, display name, realm roles, and the org unit their account is
 * attached to (the {@code org_unit} claim), which is the root of the subtree they may see.
 */
public record Caller(String username, String displayName, Set<Role> roles, Optional<String> orgUnitCode) {

  public Caller {
    roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** System admins look after the whole system, so their scope is the whole tree whatever their account says. */
  public boolean seesWholeTree() {
    return has(Role.SYS_ADMIN);
  }
}
