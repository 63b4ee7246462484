package org.zhixing.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * The learners' Keycloak accounts of an admin's subtree: provisioning status, "provision now / retry", and the account
 * state of a page of people for the people list.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "accounts", description = "学员账号 / learner accounts")
public class AccountsResource {

  private static final String CODE = "[0-9]{12}";

  @Inject Caller caller;
  @Inject Accounts accounts;

  @GET
  @Operation(summary = "The account state of these people (those in your subtree), for a list of people")
  public List<AccountStateView> states(@QueryParam("personId") @Size(max = 200) List<Long> personIds) {
    return accounts.accountsOf(caller, personIds).values().stream()
        .map(AccountStateView::of)
        .sorted(Comparator.comparingLong(AccountStateView::personId))
        .toList();
  }

  @GET
  @Path("provisioning")
  @Operation(summary = "Accounts of the subtree pending, active, disabled or failed; the failures with reasons")
  public ProvisioningView status(@QueryParam("unit") @Pattern(regexp = CODE) String unit) {
    return ProvisioningView.of(accounts.status(caller, unit));
  }

  @POST
  @Path("provisioning")
  @Operation(summary = "Provision now: queue what differs between people and accounts, retry failures at once")
  public ProvisionedView provisionNow(@QueryParam("unit") @Pattern(regexp = CODE) String unit) {
    return new ProvisionedView(accounts.provisionNow(caller, unit));
  }

  /** @param queued accounts queued for the worker by this request */
  public record ProvisionedView(int queued) {}
}
