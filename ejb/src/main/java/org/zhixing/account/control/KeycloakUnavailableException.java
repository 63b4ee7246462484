package org.zhixing.account.control;

import org.zhixing.platform.problem.DomainException;

/**
 * Keycloak could not be reached, or refused what the application asked of its admin API: 503, since the request may
 * well succeed later. Users read only the short reason (e.g. {@code HTTP 403}); the log has the details.
 */
public class KeycloakUnavailableException extends DomainException {

  public KeycloakUnavailableException(String reason, String details) {
    super("keycloak-unavailable", 503, "Keycloak admin API: " + details, reason);
  }
}
