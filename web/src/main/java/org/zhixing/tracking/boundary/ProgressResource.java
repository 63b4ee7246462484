package org.zhixing.tracking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.zhixing.courseware.boundary.MediaLink;
import org.zhixing.courseware.boundary.MediaUrlView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.platform.security.Caller;

/**
 * Learning progress: learners read their own progress to resume, and admins that of the learners in their subtree
 * ({@code ?learner=username}). What the player posts goes to {@link ProgressBatchesResource}.
 */
@Path("progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "ORG_ADMIN", "SYS_ADMIN"})
@Tag(name = "progress", description = "学习进度 / learning progress")
public class ProgressResource {

  @Inject Caller caller;
  @Inject LearningProgress progress;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  @GET
  @Path("courses/{courseId}/lessons/{lessonId}")
  @Operation(summary = "Progress in one lesson: share, completion, where to resume, an open presence check")
  public LessonProgressView lesson(
      @PathParam("courseId") long courseId,
      @PathParam("lessonId") long lessonId,
      @QueryParam("learner") @Size(max = 100) String learner) {
    return LessonProgressView.of(progress.lesson(caller, courseId, lessonId, learner));
  }

  @GET
  @Path("courses/{courseId}/lessons/{lessonId}/media")
  @Operation(summary = "A signed URL for the lesson's media (HLS under /hls/master.m3u8 once transcoded), for its learner")
  public MediaUrlView media(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
    MediaLink link = progress.media(caller, courseId, lessonId);
    return new MediaUrlView(uri.getBaseUri().resolve(request.getContextPath() + link.path()), link.expiresAt());
  }

  @GET
  @Path("courses/{courseId}")
  @Operation(summary = "Progress in a course, lesson by lesson, and its credit hours once complete")
  public CourseProgressView course(
      @PathParam("courseId") long courseId, @QueryParam("learner") @Size(max = 100) String learner) {
    return CourseProgressView.of(progress.course(caller, courseId, learner));
  }
}
