package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.schedule.boundary.SessionRequest.AudienceRequest;

/** The size of an audience while the editor changes it: nothing is stored. */
@Path("sessions/audience-size")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions")
public class AudienceSizeResource {

  @Inject Caller caller;
  @Inject PlannerCalendar calendar;

  /** A rule (or none) and people added by name, as the editor holds them. */
  public record AudienceSizeRequest(@Valid AudienceRequest audience,
      @Size(max = 500) List<@NotBlank @Size(max = 100) String> additions) {}

  /** How many people the rule and the additions pick now. */
  public record AudienceSizeView(int people) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "How many people an audience rule and additions pick now, in the caller's subtree")
  public AudienceSizeView size(@Valid AudienceSizeRequest request) {
    var audience = request == null ? null : request.audience();
    var additions = request == null || request.additions() == null ? List.<String>of() : request.additions();
    return new AudienceSizeView(calendar.audienceSize(caller, audience == null ? null : audience.toRule(), additions));
  }
}
