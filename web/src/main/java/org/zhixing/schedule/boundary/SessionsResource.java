package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.schedule.boundary.Attendance.LiveView;

/** Training sessions for their organizers: org admins and trainers of the organizer's subtree. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions", description = "培训班次 / training sessions")
public class SessionsResource {

  @Inject Caller caller;
  @Inject SessionPlanner planner;
  @Inject Attendance attendance;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Sessions organized within the caller's subtree, latest start first")
  public Page<SessionView> list(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return planner.list(caller, new PageRequest(page, size)).map(SessionView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft session")
  public Response create(@Valid @NotNull SessionRequest request) {
    SessionView created = SessionView.of(planner.create(caller, request.organizerCode(), request.toDetails()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
  }

  @GET
  @Path("{id}")
  public SessionView read(@PathParam("id") long id) {
    return SessionView.of(planner.get(caller, id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rewrite a draft session")
  public SessionView describe(@PathParam("id") long id, @Valid @NotNull SessionRequest request) {
    return SessionView.of(planner.describe(caller, id, request.toDetails()));
  }

  @GET
  @Path("{id}/conflicts")
  @Operation(summary = "Venue, trainer and audience clashes with other published sessions, and capacity")
  public ConflictView conflicts(@PathParam("id") long id) {
    return ConflictView.of(planner.conflicts(caller, id));
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish and resolve the audience; with conflicts only when acceptConflicts=true")
  public PublishedView publish(@PathParam("id") long id, @QueryParam("acceptConflicts") boolean acceptConflicts) {
    int audience = planner.publish(caller, id, acceptConflicts);
    return new PublishedView(SessionView.of(planner.get(caller, id)), audience);
  }

  /** A published session and the number of people its audience resolved to. */
  public record PublishedView(SessionView session, int audienceSize) {}

  @POST
  @Path("{id}/cancel")
  public SessionView cancel(@PathParam("id") long id) {
    return SessionView.of(planner.cancel(caller, id));
  }

  @GET
  @Path("{id}/occurrences")
  public List<OccurrenceView> occurrences(@PathParam("id") long id) {
    return planner.occurrences(caller, id).stream().map(OccurrenceView::of).toList();
  }

  @POST
  @Path("{id}/occurrences/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel one occurrence; the others stay")
  public List<OccurrenceView> cancelOccurrence(@PathParam("id") long id, @Valid @NotNull OccurrenceChangeRequest request) {
    return planner.cancelOccurrence(caller, id, request.originalStart().toInstant()).stream().map(OccurrenceView::of).toList();
  }

  @POST
  @Path("{id}/occurrences/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move one occurrence to other times; the others stay")
  public List<OccurrenceView> moveOccurrence(@PathParam("id") long id, @Valid @NotNull OccurrenceChangeRequest request) {
    if (request.startsAt() == null || request.endsAt() == null) {
      throw new InvalidParameterException(request.startsAt() == null ? "startsAt" : "endsAt", "null");
    }
    return planner.moveOccurrence(caller, id, request.originalStart().toInstant(), request.startsAt().toInstant(),
        request.endsAt().toInstant()).stream().map(OccurrenceView::of).toList();
  }

  @GET
  @Path("{id}/occurrences/{occurrenceId}/sign-in-code")
  @Operation(summary = "The QR code to show now (it rotates every 30 s and is accepted for about a minute)")
  public SignInCodeView signInCode(@PathParam("id") long id, @PathParam("occurrenceId") long occurrenceId) {
    return SignInCodeView.of(attendance.currentCode(caller, id, occurrenceId), uri.getBaseUri().resolve("../"));
  }

  @GET
  @Path("{id}/occurrences/{occurrenceId}/live")
  @Operation(summary = "Expected, signed in, late and signed out, in total and by unit")
  public LiveView live(@PathParam("id") long id, @PathParam("occurrenceId") long occurrenceId) {
    return attendance.liveNumbers(caller, id, occurrenceId);
  }
}
