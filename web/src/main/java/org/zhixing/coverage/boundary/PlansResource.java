package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.PlanCoverage.PendingPerson;
import org.zhixing.coverage.boundary.PlanCoverage.Village;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** Training plans and their coverage for org admins: their subtree's plans, and the plans covering it. */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class PlansResource {

  private static final String UNIT = "\\d{12}";

  @Inject Caller caller;
  @Inject TrainingPlans plans;
  @Inject PlanCoverage coverage;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Plans inside the caller's subtree or covering it, latest start first")
  public Page<PlanView> list(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    Page<TrainingPlan> found = plans.list(caller, new PageRequest(page, size));
    Map<PlanItem, String> titles = plans.titles(found.items());
    return found.map(plan -> PlanView.of(plan, titles));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft plan")
  public Response create(@Valid @NotNull PlanRequest request) {
    PlanView created = view(plans.create(caller, request.toDetails()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
  }

  @GET
  @Path("{id}")
  public PlanView read(@PathParam("id") long id) {
    return view(plans.get(caller, id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rewrite a draft plan")
  public PlanView describe(@PathParam("id") long id, @Valid @NotNull PlanRequest request) {
    return view(plans.describe(caller, id, request.toDetails()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a draft plan")
  public Response delete(@PathParam("id") long id) {
    plans.delete(caller, id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish: the rule picks the roster (the denominator) now")
  public PublishedView publish(@PathParam("id") long id) {
    int roster = plans.publish(caller, id);
    return new PublishedView(view(plans.get(caller, id)), roster);
  }

  private PlanView view(TrainingPlan plan) {
    return PlanView.of(plan, plans.titles(List.of(plan)));
  }

  /** A published plan and the number of people on its roster. */
  public record PublishedView(PlanView plan, int rosterSize) {}

  @POST
  @Path("{id}/recompute")
  @Operation(summary = "Follow moves and departures again and recount what the roster did in the period")
  public CoverageView recompute(@PathParam("id") long id) {
    plans.recompute(caller, id);
    return CoverageView.of(coverage.report(caller, id, null));
  }

  @GET
  @Path("{id}/coverage")
  @Operation(summary = "Coverage in a unit (default: the plan's unit or the caller's), its children, splits, full coverage")
  public CoverageView coverage(@PathParam("id") long id, @QueryParam("unit") @Pattern(regexp = UNIT) String unit) {
    return CoverageView.of(coverage.report(caller, id, unit));
  }

  @GET
  @Path("{id}/coverage/missing")
  @Operation(summary = "Required people not completed (notStarted=true: not started), weak-and-lax villages first")
  public Page<PendingView> missing(@PathParam("id") long id, @QueryParam("unit") @Pattern(regexp = UNIT) String unit,
      @QueryParam("notStarted") boolean notStarted,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return coverage.pending(caller, id, unit, notStarted, new PageRequest(page, size)).map(PendingView::of);
  }

  @GET
  @Path("{id}/coverage/villages-missing-secretary")
  @Operation(summary = "Villages whose party secretary has not completed the plan, or has none on its roster")
  public Page<VillageView> villagesMissingSecretary(@PathParam("id") long id,
      @QueryParam("unit") @Pattern(regexp = UNIT) String unit,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return coverage.villagesMissingSecretary(caller, id, unit, new PageRequest(page, size)).map(VillageView::of);
  }

  @GET
  @Path("{id}/coverage/laggard-villages")
  @Operation(summary = "Villages below the threshold rate (0 to 1), weak-and-lax first, then the lowest")
  public Page<VillageView> laggardVillages(@PathParam("id") long id,
      @QueryParam("unit") @Pattern(regexp = UNIT) String unit,
      @QueryParam("threshold") @DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") BigDecimal threshold,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return coverage.laggardVillages(caller, id, unit, threshold, new PageRequest(page, size)).map(VillageView::of);
  }

  /** A required person not yet done. */
  public record PendingView(long personId, String name, String unitCode, String unitName, String villageCode,
      boolean weakAndLax, boolean started, int itemsDone) {

    static PendingView of(PendingPerson pending) {
      var person = pending.person();
      return new PendingView(person.personId(), person.name(), person.unitCode(), pending.unitName(),
          person.villageCode(), person.weakAndLax(), person.started(), person.itemsDone());
    }
  }

  /** A village on a gap or laggard list; {@code figures} only on the laggard list. */
  public record VillageView(String villageCode, String villageName, boolean weakAndLax, boolean hasSecretary,
      FiguresView figures) {

    static VillageView of(Village village) {
      return new VillageView(village.village().code(), village.village().name(), village.weakAndLax(),
          village.hasSecretary(), FiguresView.of(village.figures()));
    }
  }
}
