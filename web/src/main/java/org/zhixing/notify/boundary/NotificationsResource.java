package org.zhixing.notify.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/** The caller's own notices (the bell in the header) and where mail and SMS reach them; nobody reads another's. */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "通知 / notifications")
public class NotificationsResource {

  @Inject Caller caller;
  @Inject Inbox inbox;

  @GET
  @Operation(summary = "The caller's notices, newest first; unread=true for the unread only")
  public NoticesView list(
      @QueryParam("unread") boolean unreadOnly,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    Page<NotificationView> notices = inbox.notices(caller, unreadOnly, new PageRequest(page, size)).map(NotificationView::of);
    return new NoticesView(notices.items(), notices.page(), notices.size(), notices.total(), inbox.unread(caller));
  }

  /** A page of notices and how many of all the caller's notices are unread (the badge). */
  public record NoticesView(List<NotificationView> items, int page, int size, long total, long unread) {}

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one notice read")
  public UnreadView markRead(@PathParam("id") long id) {
    inbox.markRead(caller, id);
    return new UnreadView(inbox.unread(caller));
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all the caller's notices read")
  public UnreadView markAllRead() {
    inbox.markAllRead(caller);
    return new UnreadView(0);
  }

  /** How many of the caller's notices are unread. */
  public record UnreadView(long unread) {}

  @PUT
  @Path("contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the mail address and mobile number notices go to when mail or SMS is configured")
  public ContactRequest saveContact(@Valid @NotNull ContactRequest contact) {
    inbox.saveContact(caller, blankToNull(contact.email()), blankToNull(contact.mobile()));
    return contact;
  }

  /** Where mail and SMS reach the caller; empty or null clears one. */
  public record ContactRequest(@Size(max = 200) String email,
      @Size(max = 20) String mobile) {}

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
