package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The learner's calendar feed, fetched without a bearer token (web.xml leaves {@code /api/calendar/*} open) because
 * phone calendars cannot log in: the secret in the address is the credential.
 */
@Path("calendar")
@RequestScoped
@Tag(name = "sessions")
public class CalendarFeedResource {

  @Inject LearnerSchedule schedule;

  @GET
  @Path("{secret}.ics")
  @Produces("text/calendar; charset=UTF-8")
  @Operation(summary = "The iCalendar feed behind a secret address (no bearer token)")
  public Response feed(@PathParam("secret") String secret) {
    return Response.ok(schedule.feed(secret)).header("Cache-Control", "private, max-age=300").build();
  }
}
