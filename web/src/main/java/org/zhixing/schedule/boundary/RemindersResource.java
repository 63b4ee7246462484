package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Role;
import org.zhixing.schedule.control.ReminderSweep.Swept;

/** Operators start the reminder sweep the timer runs every minute, e.g. after changing the leads. */
@Path("reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SYS_ADMIN_NAME)
@Tag(name = "sessions")
public class RemindersResource {

  @Inject Reminders reminders;

  @POST
  @Path("sweep")
  @Operation(summary = "Send the session reminders due now (each person gets each reminder once, however often this runs)")
  public Swept sweep() {
    return reminders.sweepNow();
  }
}
