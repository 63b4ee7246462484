package org.zhixing.courseware.transcode.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.zhixing.courseware.control.ContentStore;
import org.zhixing.courseware.control.StoredContent;
import org.zhixing.courseware.transcode.entity.TranscodeJob;

/**
 * The one transcode worker of this node: a 2-core server encodes one video at a time, so jobs wait in the database
 * queue and run in order. It wakes when a video is queued and when the server starts (resuming what a stop cut
 * short). The ladder is made in a work folder and published whole; until then, and if it fails, the original MP4 is
 * what players get.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TranscodeQueue {

  private static final Logger LOG = Logger.getLogger(TranscodeQueue.class.getName());
  private static final long PROGRESS_EVERY_MILLIS = 2000;

  @Inject TranscodeJobs jobs;
  @Inject ContentStore store;
  @Resource ManagedExecutorService executor;

  private final MediaTools tools = MediaTools.fromSystemProperties();
  private final AtomicBoolean working = new AtomicBoolean();

  @PostConstruct
  void resume() {
    int interrupted = jobs.requeueInterrupted();
    if (interrupted > 0) {
      LOG.info(() -> interrupted + " transcodes interrupted by the last stop are queued again");
    }
    wake();
  }

  public void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscodeRequested requested) {
    wake();
  }

  /** Starts the worker unless it runs already; it drains the queue and stops. */
  public void wake() {
    if (working.compareAndSet(false, true)) {
      executor.submit(this::drain);
    }
  }

  private void drain() {
    try {
      for (var job = jobs.claimNext(); job.isPresent(); job = jobs.claimNext()) {
        run(job.get());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The transcode worker stopped; it starts again with the next queued video", e);
    } finally {
      working.set(false);
    }
    // A job queued between the last look and the flag going down found the worker busy: look once more.
    if (jobs.anyQueued()) {
      wake();
    }
  }

  private void run(TranscodeJob job) {
    long started = System.nanoTime();
    Path work = store.newWorkFolder();
    try {
      if (!tools.hasFfmpeg() || !tools.hasFfprobe()) {
        throw new TranscodeFailedException("ffmpeg/ffprobe not found at " + tools.ffmpeg() + " / " + tools.ffprobe());
      }
      Path source = copySource(job.sha256(), work.resolve("source"));
      MediaProbe probe = switch (new Ffprobe(tools.ffprobe()).probe(source)) {
        case Ffprobe.Probed probed -> probed.probe();
        case Ffprobe.Unreadable unreadable -> throw new TranscodeFailedException(unreadable.reason());
      };
      Path hls = Files.createDirectory(work.resolve("hls"));
      ProgressReport report = new ProgressReport(job.id());
      List<String> rungs = new HlsTranscoder(tools).transcode(source, hls, probe, report::percent);
      store.publishDerived(job.sha256(), "hls", hls);
      jobs.ready(job.id(), rungs, probe.durationMillis() / 1000.0);
      LOG.info(() -> "Transcoded asset %s to %s in %d ms"
          .formatted(job.assetId(), rungs, (System.nanoTime() - started) / 1_000_000));
    } catch (TranscodeFailedException e) {
      LOG.warning(() -> "Transcoding asset " + job.assetId() + " failed: " + e.getMessage());
      jobs.failed(job.id(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Transcoding asset " + job.assetId() + " failed", e);
      jobs.failed(job.id(), "internal error (see the server log)");
    } finally {
      deleteTree(work);
    }
  }

  /** ffmpeg seeks in its input (an MP4's index may sit at the end), so it reads a local copy of the blob. */
  private Path copySource(String sha256, Path target) throws TranscodeFailedException, IOException {
    StoredContent content = store.content(sha256).orElseThrow(() -> new TranscodeFailedException("original not in the store"));
    try (InputStream in = Channels.newInputStream(content.open())) {
      Files.copy(in, target);
    }
    return target;
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "Could not clean the transcode work folder " + folder, e);
    }
  }

  /** Writes progress at most every two seconds: ffmpeg reports several times a second. */
  private final class ProgressReport {
    private final long jobId;
    private long last;

    ProgressReport(long jobId) {
      this.jobId = jobId;
    }

    void percent(int percent) {
      long now = System.currentTimeMillis();
      if (now - last >= PROGRESS_EVERY_MILLIS) {
        last = now;
        jobs.progress(jobId, percent);
      }
    }
  }
}
