package org.zhixing.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.schedule.boundary.PlannerCalendar.PlannedOccurrence;

/** The planners' month and week calendar (培训安排): occurrences of the sessions organized in the caller's subtree. */
@Path("sessions/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.TRAINER_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "sessions")
public class SessionCalendarResource {

  @Inject Caller caller;
  @Inject PlannerCalendar calendar;

  @GET
  @Operation(summary = "Occurrences (drafts included) between two Shanghai dates, to exclusive, at most 62 days")
  public List<CalendarOccurrenceView> between(@QueryParam("from") String from, @QueryParam("to") String to) {
    return calendar.between(caller, ShanghaiTime.startOfDay("from", from), ShanghaiTime.startOfDay("to", to)).stream()
        .map(CalendarOccurrenceView::of)
        .toList();
  }

  /** One occurrence on the calendar with what its tile shows and what moving it needs (its original start). */
  public record CalendarOccurrenceView(OccurrenceView occurrence, long sessionId, String title, String mode, String level,
      String status, String venueName, OffsetDateTime sessionStartsAt) {

    static CalendarOccurrenceView of(PlannedOccurrence planned) {
      var session = planned.session();
      return new CalendarOccurrenceView(OccurrenceView.of(planned.occurrence()), session.id(), session.title(),
          session.mode().name(), session.level().name(), session.status().name(), session.venue().name(),
          ShanghaiTime.of(session.startsAt()));
    }
  }
}
