package org.zhixing.org.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.org.control.PeopleFilter;
import org.zhixing.org.entity.Position;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.InvalidParameterException;

/**
 * The org tree and its people, for admins and trainers, each within their own subtree; and its administration (rename,
 * categories, move, merge, village plans) for the admins, below the top of their subtree.
 */
@Path("org/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME, Role.TRAINER_NAME})
@Tag(name = "org", description = "组织架构 / org tree")
public class OrgUnitsResource {

  static final String CODE = "[0-9]{12}";

  @Inject Caller caller;
  @Inject OrgDirectory directory;
  @Inject OrgAdministration administration;

  @GET
  @Operation(summary = "Search units by name within the caller's scope")
  public Page<UnitView> search(
      @QueryParam("q") @NotBlank @Size(max = 50) String q,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return directory.search(caller, q.strip(), new PageRequest(page, size)).map(UnitView::of);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One unit with the counts of its subtree")
  public UnitView unit(@PathParam("code") @Pattern(regexp = CODE) String code) {
    return UnitView.of(directory.unit(caller, code));
  }

  @GET
  @Path("{code}/children")
  @Operation(summary = "The direct children of a unit, each with the counts of its subtree")
  public List<UnitView> children(@PathParam("code") @Pattern(regexp = CODE) String code) {
    return directory.children(caller, code).stream().map(UnitView::of).toList();
  }

  @GET
  @Path("{code}/people")
  @Operation(summary = "People serving anywhere in the unit's subtree, by post and name")
  public Page<PersonView> people(
      @PathParam("code") @Pattern(regexp = CODE) String code,
      @QueryParam("position") String position,
      @QueryParam("q") @Size(max = 20) String q,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return directory
        .people(caller, code, new PeopleFilter(positionOf(position), q), new PageRequest(page, size))
        .map(PersonView::of);
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Rename a unit below your own; for a village also its star target and weak-and-lax year")
  public UnitView update(
      @PathParam("code") @Pattern(regexp = CODE) String code, @Valid @NotNull UnitRequests.Edit edit) {
    return UnitView.of(administration.update(caller, code, edit.toEdit()));
  }

  @POST
  @Path("{code}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Move a unit (a village to another township) with everything below it")
  public UnitView move(
      @PathParam("code") @Pattern(regexp = CODE) String code, @Valid @NotNull UnitRequests.Target to) {
    return UnitView.of(administration.move(caller, code, to.target(), to.version()));
  }

  @POST
  @Path("{code}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Merge this township into another of its county (乡镇合并); answers the surviving township")
  public UnitView merge(
      @PathParam("code") @Pattern(regexp = CODE) String code, @Valid @NotNull UnitRequests.Target into) {
    return UnitView.of(administration.merge(caller, code, into.target(), into.version()));
  }

  @GET
  @Path("{code}/weak-and-lax/{year}")
  @Operation(summary = "The villages of the subtree listed weak-and-lax (软弱涣散) for a year")
  public List<UnitRef> weakAndLax(
      @PathParam("code") @Pattern(regexp = CODE) String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
    return administration.weakAndLax(caller, code, year).stream().map(UnitRef::of).toList();
  }

  @PUT
  @Path("{code}/weak-and-lax/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Set the weak-and-lax list of a year for the subtree: exactly these villages")
  public WeakAndLaxOutcome markWeakAndLax(
      @PathParam("code") @Pattern(regexp = CODE) String code,
      @PathParam("year") @Min(2000) @Max(2100) int year,
      @Valid @NotNull UnitRequests.WeakAndLaxList list) {
    return administration.markWeakAndLax(caller, code, year, list.villages());
  }

  @GET
  @Path("{code}/plans")
  @Operation(summary = "The years a village has a creation plan (一村一方案) for, latest first")
  public List<Integer> planYears(@PathParam("code") @Pattern(regexp = CODE) String code) {
    return administration.planYears(caller, code);
  }

  @GET
  @Path("{code}/plans/{year}")
  @Operation(summary = "A village's creation plan for a year; empty when none was written")
  public VillagePlanView plan(
      @PathParam("code") @Pattern(regexp = CODE) String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
    return administration
        .plan(caller, code, year)
        .map(VillagePlanView::of)
        .orElseGet(() -> VillagePlanView.empty(code, year));
  }

  @PUT
  @Path("{code}/plans/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Write a village's creation plan for a year")
  public VillagePlanView savePlan(
      @PathParam("code") @Pattern(regexp = CODE) String code,
      @PathParam("year") @Min(2000) @Max(2100) int year,
      @Valid @NotNull UnitRequests.Plan plan) {
    return VillagePlanView.of(administration.savePlan(caller, code, year, plan.content(), plan.version()));
  }

  private static Position positionOf(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Position.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("position", name);
    }
  }
}
