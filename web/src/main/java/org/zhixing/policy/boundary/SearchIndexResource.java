package org.zhixing.policy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhixing.platform.security.Role;
import org.zhixing.policy.control.IndexState;
import org.zhixing.policy.control.PolicySearchIndex;

/** The policy search index, for system admins: its size, and a rebuild from the database with progress. */
@Path("search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SYS_ADMIN_NAME)
public class SearchIndexResource {

  @Inject PolicySearchIndex index;

  @GET
  public IndexStateView state() {
    return IndexStateView.of(index.state());
  }

  @POST
  @Path("rebuild")
  public Response rebuild() {
    return Response.accepted(IndexStateView.of(index.startRebuild())).build();
  }

  /** {@code progress} is present while a rebuild runs. */
  public record IndexStateView(long documents, String state, Progress progress) {

    public record Progress(long done, long total) {}

    static IndexStateView of(IndexState s) {
      return s.rebuilding()
          ? new IndexStateView(s.documents(), "REBUILDING", new Progress(s.done(), s.total()))
          : new IndexStateView(s.documents(), "READY", null);
    }
  }
}
