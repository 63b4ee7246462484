package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** The session editor's trainer picker: people of the caller's subtree who have an account. */
@Path("sessions/trainer-candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions")
public class TrainerCandidatesResource {

  @Inject Caller caller;
  @Inject PlannerCalendar calendar;

  /** A person a session can name as trainer: sign-in name, name and unit code. */
  public record TrainerCandidateView(String username, String name, String unitCode) {}

  @GET
  @Operation(summary = "Up to 20 people with an account whose name or sign-in name contains q, in the caller's subtree")
  public List<TrainerCandidateView> search(@QueryParam("q") @NotBlank @Size(max = 50) String q) {
    return calendar.trainerCandidates(caller, q).stream()
        .map(person -> new TrainerCandidateView(person.username(), person.name(), person.unitCode()))
        .toList();
  }
}
