package org.zhixing.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public: tells the portal how to log in. The Keycloak URL comes from the server's {@code zhixing.keycloak.url}. */
@Path("config")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

  static final String REALM = "zhixing";
  static final String PORTAL_CLIENT = "zhixing-portal";

  @GET
  public PortalConfig config() {
    return new PortalConfig(System.getProperty("zhixing.keycloak.url", "http://localhost:8180"), REALM, PORTAL_CLIENT);
  }
}
