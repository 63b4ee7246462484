package org.zhixing.quiz.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.quiz.entity.AttemptClosedException;

/**
 * A learner's attempt: read it (resuming after a dropped connection), save answers one question at a time, submit.
 * Questions are numbered from 1. A save or submit after the deadline is refused with {@code quiz-attempt-closed};
 * the attempt was then submitted at its deadline, as it stood.
 */
@Path("quiz/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "quiz")
public class QuizAttemptsResource {

  @Inject Caller caller;
  @Inject Attempts attempts;

  @GET
  @Path("{id}")
  @Operation(summary = "The caller's attempt with the server's time; answers and explanations only once they may be seen")
  public AttemptView read(@PathParam("id") UUID id) {
    return AttemptView.of(attempts.read(caller, id));
  }

  @PUT
  @Path("{id}/answers/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save the answer to question {number} (autosave); refused after the deadline")
  public SavedView save(
      @PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(500) int number, @Valid @NotNull AnswerRequest request) {
    Attempts.Saved saved = attempts.save(caller, id, number - 1, request.response());
    if (saved.refused()) {
      throw new AttemptClosedException(id, saved.deadline());
    }
    return new SavedView(saved.savedAt(), saved.deadline());
  }

  @POST
  @Path("{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit, with any answers not yet saved; objective questions are graded at once")
  public AttemptView submit(@PathParam("id") UUID id, @Valid SubmitRequest request) {
    Map<Integer, List<String>> last = new HashMap<>();
    if (request != null && request.answers() != null) {
      request.answers().forEach((number, response) -> last.put(number - 1, response));
    }
    Attempts.Submitted submitted = attempts.submit(caller, id, last);
    if (submitted.refused()) {
      throw new AttemptClosedException(id, submitted.sheet().attempt().deadline());
    }
    return AttemptView.of(submitted.sheet());
  }
}
