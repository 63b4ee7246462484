package org.zhixing.courseware.transcode.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The HLS transcode of one video asset, as a row of the queue: waiting, running with its progress, or done. A server
 * that stops mid-transcode leaves the job RUNNING; the next start puts it back in the queue.
 */
@Entity
@Table(name = "transcode_job")
public class TranscodeJob {

  public static final int MAX_ATTEMPTS = 3;
  private static final int MAX_MESSAGE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "asset_id", nullable = false, unique = true)
  private UUID assetId;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TranscodeStatus status;

  @Column(nullable = false)
  private int progress;

  @Column(nullable = false)
  private int attempts;

  @Column(length = MAX_MESSAGE)
  private String message;

  @Column(length = 100)
  private String rungs;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected TranscodeJob() {}

  public TranscodeJob(UUID assetId, String sha256, Instant now) {
    this.assetId = assetId;
    this.sha256 = sha256;
    this.status = TranscodeStatus.QUEUED;
    this.createdAt = now;
  }

  public void start(Instant now) {
    status = TranscodeStatus.RUNNING;
    progress = 0;
    attempts++;
    startedAt = now;
  }

  public void progress(int percent) {
    progress = Math.max(progress, Math.min(100, percent));
  }

  public void ready(String rungNames, Instant now) {
    status = TranscodeStatus.READY;
    progress = 100;
    rungs = rungNames;
    message = null;
    finishedAt = now;
  }

  public void failed(String why, Instant now) {
    status = TranscodeStatus.FAILED;
    message = why.length() > MAX_MESSAGE ? why.substring(0, MAX_MESSAGE) : why;
    finishedAt = now;
  }

  /** Back in the queue after its server stopped mid-run; a job that keeps killing the server gives up. */
  public boolean requeueAfterRestart() {
    if (attempts >= MAX_ATTEMPTS) {
      failed("gave up after " + attempts + " attempts interrupted by server restarts", Instant.now());
      return false;
    }
    status = TranscodeStatus.QUEUED;
    progress = 0;
    return true;
  }

  public Long id() {
    return id;
  }

  public UUID assetId() {
    return assetId;
  }

  public String sha256() {
    return sha256;
  }

  public TranscodeStatus status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public int attempts() {
    return attempts;
  }

  public String message() {
    return message;
  }
}
