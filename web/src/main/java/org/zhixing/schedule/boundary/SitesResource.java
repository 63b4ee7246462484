package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** The sites (village activity rooms) of a remote session's occurrence, for its organizers; missing ones on request. */
@Path("sessions/{id}/occurrences/{occurrenceId}/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions", description = "培训班次 / training sessions")
public class SitesResource {

  @Inject Caller caller;
  @Inject SiteAttendance sites;

  @GET
  @Operation(summary = "Sites within a unit (the organizer's if none) by unit code; missing=true: only those never checked in")
  public Page<SiteView> sites(
      @PathParam("id") long id,
      @PathParam("occurrenceId") long occurrenceId,
      @QueryParam("unit") @Pattern(regexp = "\\d{12}") String unit,
      @QueryParam("missing") boolean missingOnly,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return sites.sites(caller, id, occurrenceId, unit, missingOnly, new PageRequest(page, size)).map(SiteView::of);
  }
}
