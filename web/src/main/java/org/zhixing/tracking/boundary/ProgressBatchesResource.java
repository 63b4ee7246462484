package org.zhixing.tracking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhixing.identity.boundary.CallerProducer;

/**
 * The player's heartbeats: every learner watching a lesson posts here every few seconds, which makes this the
 * busiest endpoint of the system. So it is built lean: one instance for all requests (no resource created and
 * injected per request), the caller read once per request, and the batch checked in code by {@link ProgressEvents}
 * instead of by Bean Validation — together about a fifth of the CPU of a heartbeat (bench/README.md, progress).
 */
@Path("progress/batches")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "ORG_ADMIN", "SYS_ADMIN"})
@Tag(name = "progress", description = "学习进度 / learning progress")
public class ProgressBatchesResource {

  @Inject CallerProducer callers;
  @Inject LearningProgress progress;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a batch of player events (at most 500); each event id counts once, in any order")
  public BatchView record(ProgressBatchRequest batch) {
    return BatchView.of(progress.record(callers.caller(), ProgressEvents.of(batch)));
  }
}
