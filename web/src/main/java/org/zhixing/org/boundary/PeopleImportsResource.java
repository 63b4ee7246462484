package org.zhixing.org.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zhixing.org.control.PeopleImport;
import org.zhixing.org.control.SheetFileTooLargeException;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.TempUploads;

/**
 * People sheets (.xlsx or .csv) into the org tree: {@code POST} checks a sheet and answers with the preview, nothing
 * written; {@code POST …/commit} writes it, all rows or none.
 */
@Path("people/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
public class PeopleImportsResource {

  /** Thirty thousand rows take about 2 MB as .xlsx; fifty is plenty and still refuses the absurd. */
  static final long MAX_SHEET_BYTES = 50L * 1024 * 1024;

  @Inject Caller caller;
  @Inject PeopleImports imports;
  @Inject TempUploads uploads;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Check a people sheet against a unit of your subtree and preview what it would change")
  public Response check(@FormParam("file") EntityPart file, @FormParam("unit") EntityPart unit) {
    java.nio.file.Path sheet = uploads.receive(file, "file", MAX_SHEET_BYTES, SheetFileTooLargeException::new);
    try {
      PeopleImport checked = imports.check(caller, text(unit), sheet, file.getFileName().orElse("people.xlsx"));
      return Response.created(uri.getAbsolutePathBuilder().path(checked.id()).build()).entity(view(checked)).build();
    } finally {
      TempUploads.deleteQuietly(sheet);
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The preview of a checked sheet, and after the commit what was written")
  public PeopleImportView get(@PathParam("id") String id) {
    return view(imports.get(caller, id));
  }

  @POST
  @Path("{id}/commit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write a checked sheet without problems; optionally mark the people it leaves out as departed")
  public PeopleImportView commit(@PathParam("id") String id, CommitRequest request) {
    imports.commit(caller, id, request != null && request.departLeftOut());
    return view(imports.get(caller, id));
  }

  /** @param departLeftOut mark active people of the unit whom the sheet does not list as departed (after an election) */
  public record CommitRequest(boolean departLeftOut) {}

  private PeopleImportView view(PeopleImport checked) {
    return PeopleImportView.of(checked, ProblemMessages.localeFor(headers.getAcceptableLanguages()));
  }

  private static String text(EntityPart part) {
    try {
      return part == null ? null : part.getContent(String.class).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
