package org.zhixing.courseware.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;

/**
 * The courses that cite a policy document, for the document's page. It lives with courseware, under the policy
 * path, so that the policy feature never depends on courses.
 */
@Path("policies/{id}/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "courses")
public class PolicyCoursesResource {

  @Inject Caller caller;
  @Inject CourseCatalog catalog;
  @Inject CoverLinks covers;

  @GET
  @Operation(summary = "Published courses citing the document that the caller may take")
  public List<CourseSummaryView> citing(@PathParam("id") long id) {
    return catalog.citing(caller, id).stream().map(r -> CourseSummaryView.of(r, covers.of(r.coverAssetId()))).toList();
  }
}
