package org.zhixing.org.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zhixing.platform.problem.ProblemMessages;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;

/**
 * The people of a unit of the caller's subtree as a people sheet (.xlsx) in the import's format, with a second sheet
 * saying who exported it and when. Only admins export: the sheet carries whole phone numbers.
 */
@Path("people/export")
@RequestScoped
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
public class PeopleExportResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  @Inject Caller caller;
  @Inject PeopleImports imports;
  @Context HttpHeaders headers;

  @GET
  @Produces(XLSX)
  @Operation(summary = "Export the people of a unit of your subtree (yours when no unit is given) as a people sheet")
  public Response export(@QueryParam("unit") @Pattern(regexp = OrgUnitsResource.CODE) String unitCode) {
    String unitName = imports.unit(caller, unitCode).name(); // refuses a unit outside the caller's scope now
    Instant now = Instant.now(Clock.systemUTC());
    var about = new PeopleSheetTexts(ProblemMessages.localeFor(headers.getAcceptableLanguages())).about(caller, now);
    StreamingOutput body = out -> imports.export(caller, unitCode, about, out);
    String fileName = unitName + "-人员名单-" + DAY.format(now.atZone(ZoneId.of("Asia/Shanghai"))) + ".xlsx";
    return Response.ok(body, XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName))
        .build();
  }
}
