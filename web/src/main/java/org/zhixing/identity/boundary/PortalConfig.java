package org.zhixing.identity.boundary;

/** What the portal needs before anyone has logged in: where Keycloak is and which client to use. */
public record PortalConfig(String keycloakUrl, String realm, String clientId) {}
