package org.zhixing.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.platform.audit.AuditLog;
import org.zhixing.platform.audit.AuditQuery;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * The audit log of the caller's subtree, newest first: a county admin reads the entries about the units and people of
 * their county and never another county's. Days are calendar days in China ({@code Asia/Shanghai}); {@code to} is
 * inclusive.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "audit", description = "审计日志 / audit log")
public class AuditResource {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  @Inject Caller caller;
  @Inject OrgDirectory directory;
  @Inject AuditLog log;

  @GET
  @Operation(summary = "Audit entries of your subtree, filtered by unit, action, subject type, actor and days")
  public Page<AuditEntryView> search(
      @QueryParam("unit") @Pattern(regexp = "[0-9]{12}") String unit,
      @QueryParam("action") @Size(max = 60) String action,
      @QueryParam("subjectType") @Size(max = 40) String subjectType,
      @QueryParam("actor") @Size(max = 100) String actor,
      @QueryParam("from") @Pattern(regexp = DATE) String from,
      @QueryParam("to") @Pattern(regexp = DATE) String to,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    AuditQuery query =
        new AuditQuery(directory.visiblePath(caller, unit), action, subjectType, actor, startOf(from, 0), startOf(to, 1));
    return log.search(query, new PageRequest(page, size)).map(AuditEntryView::of);
  }

  /** The start of the day in China, or of the day after when {@code plusDays} is 1 (an inclusive end). */
  private static Instant startOf(String day, int plusDays) {
    return day == null ? null : LocalDate.parse(day).plusDays(plusDays).atStartOfDay(CHINA).toInstant();
  }
}
