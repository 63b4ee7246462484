package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.TrainingPlans.OwnPlan;
import org.zhixing.coverage.entity.PlanItem;
import org.zhixing.coverage.entity.PlanItemKind;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** The plans the caller must complete, with where they stand. */
@Path("plans/mine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class MyPlansResource {

  @Inject Caller caller;
  @Inject TrainingPlans plans;

  @GET
  @Operation(summary = "Published plans the caller is on the roster of, by deadline, with their own progress")
  public List<MyPlanView> mine() {
    List<OwnPlan> own = plans.mine(caller);
    Map<PlanItem, String> titles = plans.titles(own.stream().map(OwnPlan::plan).toList());
    return own.stream().map(plan -> MyPlanView.of(plan, titles)).toList();
  }

  /**
   * A plan and the caller's own line: items done of those required, hours, started and completed times, and each
   * required item with whether and when they did it.
   */
  public record MyPlanView(PlanView plan, int itemsDone, int itemsRequired, BigDecimal creditHours, Instant startedAt,
      Instant completedAt, boolean completed, List<OwnItemView> items) {

    static MyPlanView of(OwnPlan own, Map<PlanItem, String> titles) {
      var line = own.line();
      PlanView plan = PlanView.of(own.plan(), titles);
      List<OwnItemView> items = plan.items().stream()
          .map(item -> new OwnItemView(item.kind(), item.id(), item.title(),
              own.done().get(new PlanItem(PlanItemKind.valueOf(item.kind()), item.id()))))
          .toList();
      return new MyPlanView(plan, line.itemsDone(), own.plan().items().size(), line.creditHours(),
          line.startedAt(), line.completedAt(), line.completedAt() != null, items);
    }
  }

  /** A required item and when the caller did it (null: not yet). */
  public record OwnItemView(String kind, long id, String title, Instant doneAt) {}
}
