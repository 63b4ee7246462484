package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/** The caller's own schedule (我的培训). */
@Path("me/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public class MySessionsResource {

  @Inject Caller caller;
  @Inject LearnerSchedule schedule;

  @GET
  @Operation(summary = "Occurrences the caller is expected at that have not ended, soonest first; with from and to "
      + "(Shanghai dates, to exclusive) those of that range, ended or not, for a calendar")
  public Page<ScheduleEntryView> upcoming(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    PageRequest request = new PageRequest(page, size);
    if (from == null && to == null) {
      return schedule.upcoming(caller, request).map(ScheduleEntryView::of);
    }
    return schedule.between(caller, ShanghaiTime.startOfDay("from", from), ShanghaiTime.startOfDay("to", to), request)
        .map(ScheduleEntryView::of);
  }
}
