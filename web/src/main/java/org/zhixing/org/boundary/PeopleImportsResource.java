package org.zhixing.org.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zhixing.org.control.PeopleImport;
import org.zhixing.org.control.SheetFileTooLargeException;
import org.zhixing.platform.io.Leftovers;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.AsyncPreference;
import org.zhixing.platform.web.ContentDisposition;
import org.zhixing.platform.web.TempUploads;

/**
 * People sheets (.xlsx or .csv) into the org tree: {@code POST} checks a sheet and answers with the preview, nothing
 * written — or, when the client prefers {@code respond-async}, at once with {@code 202} and the check's progress, to
 * be polled at the import's address; {@code GET …/report} gives the sheet back with each row's result and problems;
 * {@code POST …/commit} writes it, all rows or none.
 */
@Path("people/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
public class PeopleImportsResource {

  /** Thirty thousand rows take about 2 MB as .xlsx; fifty is plenty and still refuses the absurd. */
  static final long MAX_SHEET_BYTES = 50L * 1024 * 1024;

  /** A client that did not ask to poll waits for its preview; 100,000 rows take well under a minute here. */
  private static final Duration SYNCHRONOUS_WAIT = Duration.ofMinutes(5);

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Caller caller;
  @Inject PeopleImports imports;
  @Inject TempUploads uploads;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Check a people sheet against a unit of your subtree and preview what it would change")
  public Response check(
      @FormParam("file") EntityPart file, @FormParam("unit") EntityPart unit, @HeaderParam("Prefer") String prefer) {
    java.nio.file.Path sheet = uploads.receive(file, "file", MAX_SHEET_BYTES, SheetFileTooLargeException::new);
    PeopleImport started;
    try {
      started = imports.check(caller, text(unit), sheet, file.getFileName().orElse("people.xlsx"));
    } finally {
      Leftovers.delete(sheet); // gone already unless the check was refused before it started
    }
    Optional<Duration> async = AsyncPreference.of(prefer).answerAsyncAfter();
    var location = uri.getAbsolutePathBuilder().path(started.id()).build();
    if (started.result(async.orElse(SYNCHRONOUS_WAIT)).isPresent()) {
      return Response.created(location).entity(view(started)).build();
    }
    return Response.accepted(view(started))
        .location(location)
        .header("Preference-Applied", AsyncPreference.APPLIED)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The progress of a sheet's check; once checked, its preview, and after the commit what was written")
  public PeopleImportView get(@PathParam("id") String id) {
    return view(imports.get(caller, id));
  }

  @GET
  @Path("{id}/report")
  @Produces(XLSX)
  @Operation(summary = "The checked sheet as uploaded, each row with what the import does with it and its problems")
  public Response report(@PathParam("id") String id) {
    PeopleImport imported = imports.get(caller, id);
    imported.checked(); // refused with a problem while the check runs, before any byte of the file is sent
    var texts = new PeopleSheetTexts(locale());
    StreamingOutput body = out -> imports.report(caller, id, texts, out);
    return Response.ok(body, XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(reportName(imported.fileName(), texts)))
        .build();
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

  private PeopleImportView view(PeopleImport imported) {
    return PeopleImportView.of(imported, locale());
  }

  private Locale locale() {
    return ProblemMessages.localeFor(headers.getAcceptableLanguages());
  }

  /** 太康县.csv → 太康县-检查结果.xlsx */
  private static String reportName(String fileName, PeopleSheetTexts texts) {
    int dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName) + "-" + texts.sheetName() + ".xlsx";
  }

  private static String text(EntityPart part) {
    try {
      return part == null ? null : part.getContent(String.class).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
