package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** What an occurrence's audience has been reminded of, for its organizers. */
@Path("sessions/{id}/occurrences/{occurrenceId}/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions")
public class OccurrenceRemindersResource {

  @Inject Caller caller;
  @Inject Reminders reminders;

  @GET
  @Operation(summary = "People reached by each lead's reminder (e.g. PT24H, PT1H), by channel (INBOX, MAIL, SMS)")
  public Map<String, Map<String, Long>> sent(@PathParam("id") long id, @PathParam("occurrenceId") long occurrenceId) {
    Map<String, Map<String, Long>> byLead = new LinkedHashMap<>();
    reminders.sent(caller, id, occurrenceId).forEach((lead, counts) -> byLead.put(lead.toString(), counts));
    return byLead;
  }
}
