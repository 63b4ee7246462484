package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.PlanPeople.Person;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** A unit's people on a plan's roster with their status: the bottom of the coverage dashboard's drill-down. */
@Path("plans/{id}/coverage/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class PlanPeopleResource {

  @Inject Caller caller;
  @Inject PlanPeople people;

  @GET
  @Operation(summary = "Everyone the plan requires in a unit with their status: not started, started, completed, left")
  public Page<PersonStatusView> people(@PathParam("id") long id,
      @QueryParam("unit") @NotNull @Pattern(regexp = "\\d{12}") String unit,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return people.in(caller, id, unit, new PageRequest(page, size)).map(PersonStatusView::of);
  }

  /** Status: {@code NOT_STARTED}, {@code STARTED}, {@code COMPLETED} or {@code LEFT} (then {@code leftReason}). */
  public record PersonStatusView(long personId, String name, String unitCode, String unitName, boolean partySecretary,
      boolean weakAndLax, String status, int itemsDone, BigDecimal creditHours, Instant completedAt, String leftReason) {

    static PersonStatusView of(Person person) {
      var line = person.line();
      return new PersonStatusView(line.personId(), line.name(), line.unitCode(), person.unitName(),
          line.partySecretary(), line.weakAndLax(), line.status().name(), line.itemsDone(), line.creditHours(),
          line.completedAt(), line.leftReason());
    }
  }
}
