package org.zhixing.identity.boundary;

import java.util.List;
import java.util.Set;
import org.zhixing.platform.security.Role;

/** The caller as the portal shows them; {@code orgUnit} is null for accounts without a unit. */
public record MeView(String username, String displayName, Set<Role> roles, OwnUnit orgUnit) {

  public record OwnUnit(String code, String name, String kind, List<UnitRef> path) {}

  public record UnitRef(String code, String name) {}
}
