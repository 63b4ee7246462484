package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.PlansResource.PendingView;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.coverage.control.SnapshotStore.Snapshot;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** A plan's monthly snapshots: listed, taken on demand, and a past month's coverage reproduced as it was. */
@Path("plans/{id}/snapshots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class PlanSnapshotsResource {

  private static final String UNIT = "\\d{12}";

  @Inject Caller caller;
  @Inject PlanSnapshots snapshots;
  @Inject PlanCoverage coverage;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The plan's monthly snapshots, newest first")
  public List<SnapshotView> list(@PathParam("id") long id) {
    return snapshots.list(caller, id).stream().map(SnapshotView::of).toList();
  }

  @POST
  @Operation(summary = "Take (or retake) the current Beijing month's snapshot now")
  public Response take(@PathParam("id") long id) {
    return created(snapshots.takeNow(caller, id));
  }

  @POST
  @Path("{month}")
  @Operation(summary = "Take (or retake) a month's snapshot: the current month's now, a past month's as of its end "
      + "from the times the items were done (units and posts are today's)")
  public Response takeMonth(@PathParam("id") long id, @PathParam("month") String month) {
    return created(snapshots.takeMonth(caller, id, CityMonth.parse(month, Instant.now())));
  }

  @GET
  @Path("{month}/coverage")
  @Operation(summary = "Coverage in a unit as the month's snapshot kept it: children, splits, full coverage")
  public CoverageView coverage(@PathParam("id") long id, @PathParam("month") String month,
      @QueryParam("unit") @Pattern(regexp = UNIT) String unit) {
    return CoverageView.of(coverage.report(caller, id, unit, monthOf(month)));
  }

  @GET
  @Path("{month}/coverage/missing")
  @Operation(summary = "Required people not completed at the month's snapshot, weak-and-lax villages first")
  public Page<PendingView> missing(@PathParam("id") long id, @PathParam("month") String month,
      @QueryParam("unit") @Pattern(regexp = UNIT) String unit,
      @QueryParam("notStarted") boolean notStarted,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return coverage.pending(caller, id, unit, notStarted, new PageRequest(page, size), monthOf(month))
        .map(PendingView::of);
  }

  private Response created(Snapshot snapshot) {
    SnapshotView taken = SnapshotView.of(snapshot);
    return Response.created(uri.getBaseUriBuilder().path("plans").path(String.valueOf(snapshot.planId()))
        .path("snapshots").path(taken.month()).path("coverage").build()).entity(taken).build();
  }

  private static YearMonth monthOf(String month) {
    return CityMonth.parse(month, Instant.now()).month();
  }

  /** A snapshot: its month, when it was taken, by the month-end timer or on demand, and how many roster lines. */
  public record SnapshotView(String month, Instant takenAt, boolean automatic, int rosterLines) {

    static SnapshotView of(Snapshot snapshot) {
      return new SnapshotView(snapshot.month().toString(), snapshot.takenAt(), snapshot.automatic(),
          snapshot.rosterLines());
    }
  }
}
