package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.PlanSnapshots.Point;
import org.zhixing.coverage.boundary.PlanSnapshots.Trend;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** A unit's figures month by month, from the plan's snapshots and the live roster. */
@Path("plans/{id}/trend")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class PlanTrendResource {

  @Inject Caller caller;
  @Inject PlanSnapshots snapshots;

  @GET
  @Operation(summary = "One point per monthly snapshot, oldest first, then the live figures")
  public TrendView trend(@PathParam("id") long id, @QueryParam("unit") @Pattern(regexp = "\\d{12}") String unit) {
    return TrendView.of(snapshots.trend(caller, id, unit));
  }

  public record TrendView(long planId, String unitCode, List<PointView> points) {

    static TrendView of(Trend trend) {
      return new TrendView(trend.plan().id(), trend.unit().code(), trend.points().stream().map(PointView::of).toList());
    }
  }

  /** A month's figures; {@code live} for the last point, today's figures rather than a snapshot's. */
  public record PointView(String month, FiguresView figures, boolean live) {

    static PointView of(Point point) {
      return new PointView(point.month().toString(), FiguresView.of(point.figures()), point.live());
    }
  }
}
