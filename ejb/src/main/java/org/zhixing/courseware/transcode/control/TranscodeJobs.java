package org.zhixing.courseware.transcode.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.transcode.entity.TranscodeJob;
import org.zhixing.courseware.transcode.entity.TranscodeStatus;

/**
 * The transcode queue in the database. Each step of the worker is its own short transaction, and the end of a job
 * updates the asset's status in the same transaction as the job's, so the two never disagree.
 */
@Stateless
public class TranscodeJobs {

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject AssetCatalog catalog;
  @Inject Event<TranscodeRequested> requested;

  /** Queues a video in the caller's transaction; the worker is woken once it commits. */
  public void enqueue(UUID assetId, String sha256) {
    em.persist(new TranscodeJob(assetId, sha256, Instant.now()));
    requested.fire(new TranscodeRequested(assetId));
  }

  public Optional<TranscodeJob> ofAsset(UUID assetId) {
    return em.createQuery("select j from TranscodeJob j where j.assetId = :asset", TranscodeJob.class)
        .setParameter("asset", assetId)
        .getResultStream()
        .findFirst();
  }

  /** Takes the oldest waiting job and marks it running; rows another node holds are skipped, not waited for. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<TranscodeJob> claimNext() {
    Optional<TranscodeJob> next =
        em.createQuery("select j from TranscodeJob j where j.status = :queued order by j.id", TranscodeJob.class)
            .setParameter("queued", TranscodeStatus.QUEUED)
            .setMaxResults(1)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED in Hibernate
            .getResultStream()
            .findFirst();
    next.ifPresent(job -> {
      job.start(Instant.now());
      catalog.startProcessing(job.assetId());
    });
    return next;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void progress(long jobId, int percent) {
    em.find(TranscodeJob.class, jobId).progress(percent);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ready(long jobId, List<String> rungs, double durationSeconds) {
    TranscodeJob job = em.find(TranscodeJob.class, jobId);
    job.ready(String.join(",", rungs), Instant.now());
    catalog.recordProcessed(job.assetId(), durationSeconds, null, rungs);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long jobId, String message) {
    TranscodeJob job = em.find(TranscodeJob.class, jobId);
    job.failed(message, Instant.now());
    catalog.recordFailure(job.assetId(), "HLS: " + message + " — the original video is streamed as it is");
  }

  /** At start: jobs a stopped server left running go back in the queue (or give up after too many tries). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int requeueInterrupted() {
    List<TranscodeJob> interrupted =
        em.createQuery("select j from TranscodeJob j where j.status = :running", TranscodeJob.class)
            .setParameter("running", TranscodeStatus.RUNNING)
            .getResultList();
    for (TranscodeJob job : interrupted) {
      if (!job.requeueAfterRestart()) {
        catalog.recordFailure(job.assetId(), "HLS: " + job.message() + " — the original video is streamed as it is");
      }
    }
    return interrupted.size();
  }

  public boolean anyQueued() {
    return !em.createQuery("select j.id from TranscodeJob j where j.status = :queued", Long.class)
        .setParameter("queued", TranscodeStatus.QUEUED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
