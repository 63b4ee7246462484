package org.zhixing.policy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.TempUploads;
import org.zhixing.policy.control.DocumentTooLargeException;
import org.zhixing.policy.control.ImportJob;

/**
 * Bulk import of policy documents: a zip of files with a metadata sheet. Runs in the background; the page polls the
 * job for progress and, at the end, the count imported or the errors row by row.
 */
@Path("policies/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
public class PolicyImportsResource {

  static final long MAX_ARCHIVE_BYTES = 200L * 1024 * 1024;

  @Inject Caller caller;
  @Inject PolicyLibrary library;
  @Inject TempUploads uploads;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Start importing a zip of documents with metadata.xlsx; all rows are validated, then all or none stored")
  public Response start(@FormParam("file") EntityPart file, @FormParam("publish") EntityPart publish) {
    java.nio.file.Path zip =
        uploads.receive(file, "file", MAX_ARCHIVE_BYTES, max -> new DocumentTooLargeException(String.valueOf(max)));
    ImportJob job = library.startImport(caller, zip, publishes(publish));
    return Response.accepted(view(job)).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An import's progress, and at the end the count imported or the errors by row")
  public ImportJobView job(@PathParam("id") String id) {
    return view(library.importJob(id));
  }

  private ImportJobView view(ImportJob job) {
    Locale locale = ProblemMessages.localeFor(headers.getAcceptableLanguages());
    List<ImportJobView.Error> errors =
        job.errors().stream()
            .map(e -> new ImportJobView.Error(e.row(), e.file(), ProblemMessages.detail(e.type(), locale, e.arguments())))
            .toList();
    return new ImportJobView(job.id(), job.state().name(), job.done(), job.total(), job.imported(), errors);
  }

  private static boolean publishes(EntityPart part) {
    try {
      return part == null || !"false".equalsIgnoreCase(part.getContent(String.class).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An import as the page shows it. */
  public record ImportJobView(String id, String state, int done, int total, int imported, List<Error> errors) {

    /** One problem: row 0 is the archive as a whole. */
    public record Error(int row, String file, String message) {}
  }
}
