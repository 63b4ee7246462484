package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.platform.security.Role;

/** Operators run the month-end snapshots the timer takes, e.g. after the server slept through a month's end. */
@Path("plans/month-end-snapshots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SYS_ADMIN_NAME)
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class MonthEndSnapshotsResource {

  @Inject MonthEndSnapshots monthEnd;

  @POST
  @Operation(summary = "Take the running month's snapshot of every plan due one, marked automatic")
  public Taken takeAll() {
    Instant now = Instant.now();
    return new Taken(CityMonth.of(now).toString(), monthEnd.takeAll(now).size());
  }

  /** The month snapshotted and how many plans' snapshots were taken. */
  public record Taken(String month, int plans) {}
}
