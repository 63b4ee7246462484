package org.zhixing.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.entity.TrainingSession;

/** The caller's own attendance and credit hours (参训记录), from {@link AttendanceHistory}. */
@Path("me/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public class MyAttendanceResource {

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  @Inject Caller caller;
  @Inject AttendanceHistory history;

  /** One attended occurrence, times in Asia/Shanghai. */
  public record AttendedView(
      long sessionId, String sessionTitle, String mode, String level, long occurrenceId, OffsetDateTime occurrenceStart,
      OffsetDateTime signedInAt, OffsetDateTime signedOutAt, BigDecimal creditHours) {

    static AttendedView of(AttendedOccurrence a) {
      return new AttendedView(a.sessionId(), a.sessionTitle(), a.mode(), a.level(), a.occurrenceId(),
          ShanghaiTime.of(a.occurrenceStart()), ShanghaiTime.of(a.signedInAt()), ShanghaiTime.of(a.signedOutAt()),
          a.creditHours());
    }
  }

  @GET
  @Operation(summary = "Occurrences the caller attended that started from one day to another (Shanghai dates; the last year by default)")
  public List<AttendedView> attended(
      @QueryParam("from") @Pattern(regexp = DATE) String from, @QueryParam("to") @Pattern(regexp = DATE) String to) {
    LocalDate today = LocalDate.now(TrainingSession.ZONE);
    LocalDate first = from == null ? today.minusYears(1) : date("from", from);
    LocalDate last = to == null ? today : date("to", to);
    return history.of(caller.username(), first.atStartOfDay(TrainingSession.ZONE).toInstant(),
        last.plusDays(1).atStartOfDay(TrainingSession.ZONE).toInstant()).stream().map(AttendedView::of).toList();
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(parameter, value);
    }
  }
}
