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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * Papers (试卷): defined and published by trainers and admins, offered to learners, who start (or resume) attempts at
 * them here and take them under {@code /api/quiz/attempts}.
 */
@Path("quiz/papers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
@Tag(name = "quiz")
public class QuizPapersResource {

  @Inject Caller caller;
  @Inject Papers papers;
  @Inject Attempts attempts;
  @Inject QuizAnalytics analytics;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Papers owned within the caller's subtree, newest first")
  public Page<PaperView> managed(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return papers.managedList(caller, new PageRequest(page, size)).map(PaperView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Define a paper owned by the caller's unit: fixed questions or draw rules; unpublished")
  public Response create(@Valid @NotNull PaperRequest request) {
    PaperView paper = PaperView.of(papers.create(caller, request.toDefinition(caller.orgUnitCode().orElse(null))));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(paper.id())).build()).entity(paper).build();
  }

  @GET
  @Path("{id}")
  public PaperView read(@PathParam("id") long id) {
    return PaperView.of(papers.read(caller, id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Redefine an unpublished paper")
  public PaperView update(@PathParam("id") long id, @Valid @NotNull PaperRequest request) {
    return PaperView.of(papers.update(caller, id, request.toDefinition(caller.orgUnitCode().orElse(null))));
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Offer the paper to its audience; a drawn paper must be drawable by every rule")
  public PaperView publish(@PathParam("id") long id) {
    return PaperView.of(papers.publish(caller, id));
  }

  @GET
  @Path("{id}/attempts")
  @Operation(summary = "Every attempt at the paper, for its managers")
  public List<AttemptSummaryView> attemptsAt(@PathParam("id") long id) {
    return papers.attemptsAt(caller, id).stream().map(AttemptSummaryView::of).toList();
  }

  @GET
  @Path("{id}/analytics")
  @Operation(summary = "The paper's analysis: pass rate, score histogram, units, item analysis of every question, weakest tags")
  public PaperAnalysisView analysis(@PathParam("id") long id) {
    return PaperAnalysisView.of(analytics.of(caller, id));
  }

  @GET
  @Path("offered")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Published papers offered to the caller that have not closed, with their attempts so far")
  public Page<OfferedPaperView> offered(
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return papers.offered(caller, new PageRequest(page, size)).map(OfferedPaperView::of);
  }

  @POST
  @Path("{id}/attempts")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Start an attempt (201), or resume the open one (200); the server sets its deadline")
  public Response start(@PathParam("id") long id) {
    AttemptSheet sheet = attempts.start(caller, id);
    URI location = uri.getBaseUriBuilder().path("quiz/attempts").path(sheet.attempt().id().toString()).build();
    boolean resumed = sheet.attempt().startedAt().isBefore(sheet.now());
    return (resumed ? Response.ok() : Response.created(location)).header("Location", location)
        .entity(AttemptView.of(sheet)).build();
  }
}
