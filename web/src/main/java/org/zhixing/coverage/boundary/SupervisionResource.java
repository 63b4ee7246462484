package org.zhixing.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.coverage.boundary.Supervision.MadeUp;
import org.zhixing.coverage.boundary.Supervision.Reminded;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** Supervision from a laggard list: remind the people not done and their townships' 组织委员; arrange a make-up session. */
@Path("plans/{id}/supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "plans", description = "培训计划与覆盖率 / training plans and coverage")
public class SupervisionResource {

  private static final String UNIT = "\\d{12}";
  private static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.6");

  @Inject Caller caller;
  @Inject Supervision supervision;
  @Context UriInfo uri;

  @POST
  @Path("reminders")
  @Operation(summary = "Remind the people not done of the villages named (default: those below the threshold in the "
      + "unit) and their townships' 组织委员; once a day each")
  public RemindedView remind(@PathParam("id") long id, @Valid @NotNull ReminderRequest request) {
    BigDecimal threshold = request.threshold() == null ? DEFAULT_THRESHOLD : request.threshold();
    return RemindedView.of(supervision.remind(caller, id, request.unit(), request.villageCodes(), threshold,
        request.message()));
  }

  @POST
  @Path("make-up-sessions")
  @Operation(summary = "Arrange a draft make-up session whose audience is the people not done of the villages named")
  public Response makeUp(@PathParam("id") long id, @Valid @NotNull MakeUpRequest request) {
    MadeUpView made = MadeUpView.of(supervision.makeUp(caller, id, request.villageCodes(), request.title(),
        request.startsAt(), request.endsAt(), request.place()));
    return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(made.sessionId())).build())
        .entity(made).build();
  }

  /**
   * Villages by code (up to 500: each is checked against the caller's scope), or none for all the laggard villages of
   * {@code unit} below {@code threshold} (default 0.6).
   */
  public record ReminderRequest(
      @Pattern(regexp = UNIT) String unit,
      @Size(max = 500) List<@NotNull @Pattern(regexp = UNIT) String> villageCodes,
      @DecimalMin("0") @DecimalMax("1") BigDecimal threshold,
      @Size(max = 500) String message) {}

  /** The villages whose people not done the session is for; a title (default: the plan's name and 补训), time, place. */
  public record MakeUpRequest(
      @NotEmpty @Size(max = 500) List<@NotNull @Pattern(regexp = UNIT) String> villageCodes,
      @Size(max = 200) String title,
      @NotNull @Future Instant startsAt,
      @NotNull Instant endsAt,
      @NotBlank @Size(max = 200) String place) {}

  /** People not done in the villages; those without a sign-in name get no notice. Reached now, by channel. */
  public record RemindedView(int villages, int people, int peopleWithoutAccount, int organizers,
      Map<String, Integer> reached) {

    static RemindedView of(Reminded reminded) {
      return new RemindedView(reminded.villages(), reminded.people(), reminded.peopleWithoutAccount(),
          reminded.organizers(), reminded.reached());
    }
  }

  /** The draft session made; its audience lists the people with a sign-in name ({@code peopleWithoutAccount} not). */
  public record MadeUpView(long sessionId, String title, int villages, int audienceSize, int peopleWithoutAccount,
      String status) {

    static MadeUpView of(MadeUp made) {
      var session = made.session();
      return new MadeUpView(session.sessionId(), session.title(), made.villages(), session.audienceSize(),
          made.peopleWithoutAccount(), session.status());
    }
  }
}
