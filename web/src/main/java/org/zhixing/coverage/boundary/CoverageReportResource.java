package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.control.CityMonth;
import org.zhixing.coverage.control.CoveragePdf;
import org.zhixing.coverage.control.CoverageWorkbook;
import org.zhixing.coverage.control.ReportBook;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.platform.web.ContentDisposition;

/**
 * A plan's coverage report of a unit of the caller's subtree as a download: {@code report.xlsx} (values, a sheet per
 * level) or {@code report.pdf} (with the chart), live or for a past {@code month} as its snapshot kept it. The
 * figures are read first, so a unit out of scope is refused before
 * any byte is written.
 */
@Path("plans/{id}/{file: report\\.(?:xlsx|pdf)}")
@RequestScoped
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class CoverageReportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PDF = "application/pdf";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject Caller caller;
  @Inject CoverageReports reports;

  @GET
  @Produces({XLSX, PDF})
  @Operation(summary = "The coverage report of a unit (default: the plan's or the caller's) as .xlsx or PDF; month "
      + "(YYYY-MM): as that month's snapshot kept it")
  public Response report(@PathParam("id") long id, @PathParam("file") String file,
      @QueryParam("unit") @Pattern(regexp = "\\d{12}") String unit, @QueryParam("month") String month) {
    YearMonth snapshot = month == null ? null : CityMonth.parse(month, Instant.now()).month();
    ReportBook book = reports.book(caller, id, unit, snapshot);
    boolean pdf = file.endsWith(".pdf");
    String when = book.month() == null ? DAY.format(book.asOf()) : book.month().toString();
    String name = "%s-%s-覆盖情况-%s.%s".formatted(book.planName(), book.unitName(), when, pdf ? "pdf" : "xlsx");
    Response.ResponseBuilder answer = pdf ? Response.ok(CoveragePdf.write(book), PDF)
        : Response.ok((StreamingOutput) out -> CoverageWorkbook.write(book, caller.username(), out), XLSX);
    return answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name)).build();
  }
}
