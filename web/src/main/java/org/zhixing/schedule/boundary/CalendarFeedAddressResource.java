package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;

/** The caller's secret calendar-feed address: made (anew) and revoked with the bearer token. */
@Path("me/calendar-feed")
@RequestScoped
@Tag(name = "sessions")
public class CalendarFeedAddressResource {

  @Inject Caller caller;
  @Inject LearnerSchedule schedule;
  @Context UriInfo uri;

  /** The address of a feed, to add to a phone calendar. */
  public record FeedView(URI url) {}

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A new secret feed address for the caller; any earlier one stops working")
  public FeedView renew() {
    String secret = schedule.renewFeed(caller);
    return new FeedView(uri.getBaseUriBuilder().path("calendar").path(secret + ".ics").build());
  }

  @DELETE
  @Operation(summary = "Revoke the caller's feed address")
  public Response revoke() {
    schedule.revokeFeed(caller);
    return Response.noContent().build();
  }
}
