package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;

/**
 * The roster of one occurrence for its organizers: everyone expected, per unit, as JSON pages or an .xlsx workbook, and
 * corrections of one person's attendance by hand (with a reason, audited).
 */
@Path("sessions/{id}/occurrences/{occurrenceId}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions", description = "培训班次 / training sessions")
public class RosterResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String UNIT = "\\d{12}";

  @Inject Caller caller;
  @Inject Rosters rosters;
  @Inject AttendanceCorrections corrections;
  @PathParam("id") long id;
  @PathParam("occurrenceId") long occurrenceId;

  @GET
  @Operation(summary = "The roster: everyone expected within a unit (the organizer's if none), with attendance and credit hours")
  public Page<RosterLineView> roster(
      @QueryParam("unit") @Pattern(regexp = UNIT) String unit,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return rosters.page(caller, id, occurrenceId, unit, new PageRequest(page, size)).map(RosterLineView::of);
  }

  @GET
  @Path("export")
  @Produces(XLSX)
  @Operation(summary = "The roster as .xlsx; a remote session's sites on a second sheet")
  public Response export(@QueryParam("unit") @Pattern(regexp = UNIT) String unit) {
    String fileName = rosters.heading(caller, id, occurrenceId, unit).fileName(); // refuses out of scope before writing
    StreamingOutput body = out -> rosters.export(caller, id, occurrenceId, unit, out);
    return Response.ok(body, XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName)).build();
  }

  @PUT
  @Path("{personId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct one person's attendance by hand, with a reason (audited)")
  public RosterLineView correct(@PathParam("personId") long personId, @Valid @NotNull CorrectionRequest request) {
    return RosterLineView.of(corrections.correct(caller, id, occurrenceId, personId, request.toCorrection(), request.reason()));
  }
}
