package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** Credit hours (学时) by session mode and level: read by organizers, changed by the city's admins. */
@Path("credit-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions", description = "培训班次 / training sessions")
public class CreditRulesResource {

  @Inject Caller caller;
  @Inject CreditHours credits;

  @GET
  @Operation(summary = "Credit hours of each mode at each level")
  public List<CreditRuleView> rules() {
    return credits.rules().stream().map(CreditRuleView::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Change the hours of the modes and levels sent (city-wide admins only; audited)")
  public List<CreditRuleView> change(@Valid @NotNull @Size(max = 50) List<@Valid @NotNull CreditRuleView> rules) {
    return credits.setRules(caller, rules.stream().map(CreditRuleView::toRule).toList()).stream().map(CreditRuleView::of).toList();
  }
}
