package org.zhixing.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.account.control.AccountNotReadyException;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** One person's login account, for the admins of the person's scope: read it, reset its password, unlock it. */
@Path("people/{id: [0-9]+}/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "accounts", description = "学员账号 / learner accounts")
public class PersonAccountResource {

  @Inject Caller caller;
  @Inject Accounts accounts;

  @GET
  @Operation(summary = "The person's account: state, failures, lock-out, and the initial one-time code while it works")
  public AccountDetails get(@PathParam("id") long id) {
    return accounts.account(caller, id).orElseThrow(() -> new AccountNotReadyException(id));
  }

  @POST
  @Path("password-reset")
  @Operation(summary = "Set a new one-time password (shown this once); the person must change it at the next login")
  public OneTimeCodeView resetPassword(@PathParam("id") long id) {
    return new OneTimeCodeView(accounts.resetPassword(caller, id));
  }

  @POST
  @Path("unlock")
  @Operation(summary = "End a lock-out after too many failed logins")
  public Response unlock(@PathParam("id") long id) {
    accounts.unlock(caller, id);
    return Response.noContent().build();
  }

  /** @param code the new password, shown once: it is not stored anywhere */
  public record OneTimeCodeView(String code) {}
}
