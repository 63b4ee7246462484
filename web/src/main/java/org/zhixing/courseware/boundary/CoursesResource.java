package org.zhixing.courseware.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.courseware.entity.RevisionStatus;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;

/**
 * Courses: the catalog for learners, the editor and the review workflow for trainers and admins. Every change answers
 * with the course as it now is, so the editor can redraw from one response.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "courses", description = "课程 / courses and publishing")
public class CoursesResource {

  @Inject Caller caller;
  @Inject CourseCatalog catalog;
  @Inject CourseEditor editor;
  @Inject CoverLinks covers;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Published courses offered to the caller's unit (or a unit above it), newest first")
  public Page<CourseSummaryView> offered(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return catalog.offeredTo(caller, blankToNull(q), new PageRequest(page, size)).map(r -> CourseSummaryView.of(r, covers.of(r.coverAssetId())));
  }

  @GET
  @Path("manage")
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Courses the caller manages or reviews (their newest version), optionally in one status")
  public Page<CourseSummaryView> managed(
      @QueryParam("status") String status,
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return catalog.managed(caller, statusOf(status), blankToNull(q), new PageRequest(page, size)).map(r -> CourseSummaryView.of(r, covers.of(r.coverAssetId())));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A course with its lessons and policies: managers see the newest version unless published=true")
  public CourseView read(@PathParam("id") long id, @QueryParam("published") @DefaultValue("false") boolean published) {
    CourseDetails details = catalog.details(caller, id, published);
    return CourseView.of(details, covers.of(details.metadata().coverAssetId()));
  }

  @GET
  @Path("{id}/lessons/{lessonId}")
  @Operation(summary = "The published definition of a lesson the caller may take (older lesson ids follow their key)")
  public LessonDefinition lesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
    return catalog.lesson(caller, id, lessonId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Create a course owned by the caller's unit, as a draft")
  public Response create(@Valid @NotNull CourseRequest request) {
    long id = editor.create(caller, request.toInput()).id();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(read(id, false)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Change the draft's metadata and policy links")
  public CourseView describe(@PathParam("id") long id, @Valid @NotNull CourseRequest request) {
    editor.describe(caller, id, request.toInput());
    return read(id, false);
  }

  @POST
  @Path("{id}/lessons")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Add a lesson at the end of the draft")
  public Response addLesson(@PathParam("id") long id, @Valid @NotNull LessonRequest request) {
    long lessonId = editor.addLesson(caller, id, request.toInput()).id();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(lessonId)).build()).entity(read(id, false)).build();
  }

  @PUT
  @Path("{id}/lessons/{lessonId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Change a lesson of the draft; its key stays, its fingerprint follows the content")
  public CourseView changeLesson(
      @PathParam("id") long id, @PathParam("lessonId") long lessonId, @Valid @NotNull LessonRequest request) {
    editor.changeLesson(caller, id, lessonId, request.toInput());
    return read(id, false);
  }

  @DELETE
  @Path("{id}/lessons/{lessonId}")
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Remove a lesson from the draft")
  public CourseView removeLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
    editor.removeLesson(caller, id, lessonId);
    return read(id, false);
  }

  @PUT
  @Path("{id}/lessons/order")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Reorder the draft's lessons: the full list of lesson ids in the new order")
  public CourseView reorder(@PathParam("id") long id, @Valid @NotNull LessonOrder order) {
    editor.reorder(caller, id, order.lessonIds());
    return read(id, false);
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Send the draft for review")
  public CourseView submit(@PathParam("id") long id) {
    editor.submit(caller, id);
    return read(id, false);
  }

  @POST
  @Path("{id}/approve")
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Publish the submitted version; the version in force until now is superseded")
  public CourseView approve(@PathParam("id") long id) {
    editor.approve(caller, id);
    return read(id, false);
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Send the submitted version back to draft with a comment (required)")
  public CourseView reject(@PathParam("id") long id, @NotNull Rejection rejection) {
    editor.reject(caller, id, rejection.comment());
    return read(id, false);
  }

  @POST
  @Path("{id}/retire")
  @RolesAllowed({Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Withdraw the published course from learners")
  public CourseView retire(@PathParam("id") long id) {
    editor.retire(caller, id);
    return read(id, false);
  }

  @POST
  @Path("{id}/versions")
  @RolesAllowed({Role.TRAINER_NAME, Role.ORG_ADMIN_NAME, Role.SYS_ADMIN_NAME})
  @Operation(summary = "Start a new draft version of a published course (lesson keys are kept)")
  public CourseView newVersion(@PathParam("id") long id) {
    editor.newVersion(caller, id);
    return read(id, false);
  }

  /** Every lesson id of the draft, in the new order. */
  public record LessonOrder(@NotNull @Size(max = 500) List<@NotNull Long> lessonIds) {}

  /** What the authors must change; required, and checked by the workflow so the message names the rule. */
  public record Rejection(@Size(max = 1000) String comment) {}

  private static RevisionStatus statusOf(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return RevisionStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("status", status);
    }
  }

  private static String blankToNull(String q) {
    return q == null || q.isBlank() ? null : q.strip();
  }
}
