package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.schedule.boundary.CreditHours.SessionHours;

/** A session's credit hours: its mode's and level's, or its own when the organizer sets them. */
@Path("sessions/{id}/credit-hours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions", description = "培训班次 / training sessions")
public class SessionCreditResource {

  @Inject Caller caller;
  @Inject CreditHours credits;

  /** The session's own hours, or null to go back to its mode's and level's. */
  public record OwnHours(BigDecimal hours) {}

  @GET
  public SessionHours hours(@PathParam("id") long id) {
    return credits.sessionHours(caller, id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the session's own credit hours (null: those of its mode and level); audited")
  public SessionHours set(@PathParam("id") long id, @NotNull OwnHours request) {
    return credits.setSessionHours(caller, id, Optional.ofNullable(request.hours()));
  }
}
