package org.zhixing.quiz.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/** The grading queue (阅卷): short answers of submitted attempts at papers of the trainer's subtree. */
@Path("quiz/grading")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "quiz")
public class QuizGradingResource {

  @Inject Caller caller;
  @Inject Grading grading;

  @GET
  @Operation(summary = "Short answers waiting for a grade, oldest submission first")
  public Page<PendingAnswerView> pending(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return grading.pending(caller, new PageRequest(page, size)).map(PendingAnswerView::of);
  }

  @PUT
  @Path("{attemptId}/answers/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Grade a short answer with a score and a comment; the last grade decides the attempt")
  public PendingAnswerView grade(
      @PathParam("attemptId") UUID attemptId,
      @PathParam("number") @Min(1) @Max(500) int number,
      @Valid @NotNull GradeRequest request) {
    return PendingAnswerView.of(grading.grade(caller, attemptId, number - 1, request.score(), request.comment()));
  }
}
