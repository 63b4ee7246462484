package org.zhixing.org.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** A person of the caller's subtree, by id. */
@Path("org/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME, Role.TRAINER_NAME})
@Tag(name = "org")
public class PeopleResource {

  @Inject Caller caller;
  @Inject OrgDirectory directory;

  @GET
  @Path("{id:[0-9]+}")
  @Operation(summary = "One person of the caller's subtree: phone whole for its admins, ID number masked")
  public PersonDetailView person(@PathParam("id") long id) {
    return PersonDetailView.of(directory.person(caller, id));
  }
}
