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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.PlanMovement.DayMovement;
import org.zhixing.coverage.boundary.PlanMovement.Movement;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** A unit's month of a plan: completions, starts, person-times and hours, day by day, and the rate it gained. */
@Path("plans/{id}/movement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class PlanMovementResource {

  @Inject Caller caller;
  @Inject PlanMovement movement;

  @GET
  @Operation(summary = "The month's movement in a unit (month: YYYY-MM, default the current Beijing month)")
  public MovementView of(@PathParam("id") long id, @QueryParam("unit") @Pattern(regexp = "\\d{12}") String unit,
      @QueryParam("month") String month) {
    return MovementView.of(movement.of(caller, id, unit, month));
  }

  /** The month's totals, the rate at its start and at its end (now while it runs), one entry per day so far. */
  public record MovementView(long planId, String unitCode, String month, long completed, long started, long personTimes,
      BigDecimal creditHours, BigDecimal rateAtMonthStart, BigDecimal rate, List<DayView> days) {

    static MovementView of(Movement movement) {
      return new MovementView(movement.plan().id(), movement.unit().code(), movement.month().toString(),
          movement.completed(), movement.started(), movement.personTimes(), movement.creditHours(),
          movement.rateAtMonthStart(), movement.rate(), movement.days().stream().map(DayView::of).toList());
    }
  }

  public record DayView(LocalDate day, long completed, long personTimes) {

    static DayView of(DayMovement day) {
      return new DayView(day.day(), day.completed(), day.personTimes());
    }
  }
}
