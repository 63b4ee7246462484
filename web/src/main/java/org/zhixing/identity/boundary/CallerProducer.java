package org.zhixing.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** Makes the caller of the current request available to resources: who, in which roles, attached to which unit. */
@ApplicationScoped
public class CallerProducer {

  static final String ORG_UNIT_CLAIM = "org_unit";

  @Inject HttpServletRequest request;

  /** Dependent, since a record cannot be proxied; resources are request-scoped, so this runs once per request. */
  @Produces
  public Caller caller() {
    Principal principal = request.getUserPrincipal();
    String username = principal == null ? "anonymous" : principal.getName();
    TokenClaims claims = TokenClaims.fromAuthorizationHeader(request.getHeader("Authorization"));
    Set<Role> roles =
        Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).collect(Collectors.toSet());
    return new Caller(username, displayName(claims, username), roles, claims.string(ORG_UNIT_CLAIM));
  }

  /** Chinese names read family name first and without a space (王建国), unlike the token's {@code name} claim. */
  static String displayName(TokenClaims claims, String username) {
    return claims
        .string("family_name")
        .flatMap(family -> claims.string("given_name").map(given -> family + given))
        .or(() -> claims.string("name"))
        .orElse(username);
  }
}
