package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.platform.security.Caller;

/**
 * Site check-in for remote sessions watched together: someone of a village (a learner there, or its admin) checks the
 * village's activity room in with the screen's code and says how many are present, and who.
 */
@Path("attendance/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance", description = "签到 / QR sign-in")
public class SiteCheckInResource {

  @Inject Caller caller;
  @Inject SiteAttendance sites;

  @POST
  @Path("check-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check your unit's room in with a scanned code, with the count present and optionally who")
  public MySiteView checkIn(@Valid @NotNull SiteCheckInRequest request) {
    if (request.code() == null || request.code().isBlank()) {
      throw new InvalidParameterException("code", "");
    }
    return MySiteView.of(sites.checkIn(caller, request.code(), request.presentCount(), request.attendees()));
  }

  @GET
  @Path("{occurrenceId}")
  @Operation(summary = "Your unit's site at an occurrence: the people it expects and its check-in")
  public MySiteView mine(@PathParam("occurrenceId") long occurrenceId) {
    return MySiteView.of(sites.mySite(caller, occurrenceId));
  }

  @PUT
  @Path("{occurrenceId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Update the count and names of your unit's room after it checked in")
  public MySiteView update(@PathParam("occurrenceId") long occurrenceId, @Valid @NotNull SiteCheckInRequest request) {
    return MySiteView.of(sites.update(caller, occurrenceId, request.presentCount(), request.attendees()));
  }
}
