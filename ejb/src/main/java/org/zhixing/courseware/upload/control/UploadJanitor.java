package org.zhixing.courseware.upload.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tus expiration extension's other half: every quarter hour, unfinished uploads whose time ran out lose their
 * staging file and their row (a client that comes back later gets 404 and starts anew). Staging files that no upload
 * row knows (a crash between creating the file and the row) are removed once they are older than an upload's life.
 */
@Singleton
public class UploadJanitor {

  private static final Logger LOG = Logger.getLogger(UploadJanitor.class.getName());
  private static final int BATCH = 200;

  @Inject UploadLedger ledger;
  @Inject StagingArea staging;
  @Inject RunningDigests digests;
  @Inject UploadSettings settings;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  public void sweep() {
    int removed = 0;
    List<UUID> expired;
    do {
      expired = ledger.expired(BATCH);
      for (UUID id : expired) {
        staging.delete(id);
        digests.forget(id);
        ledger.remove(id);
        removed++;
      }
    } while (expired.size() == BATCH);
    int orphans = removeOrphans();
    if (removed + orphans > 0) {
      int count = removed;
      LOG.info(() -> "Removed %d expired uploads and %d orphaned staging files".formatted(count, orphans));
    }
  }

  private int removeOrphans() {
    Instant cutoff = Instant.now().minus(settings.lifetime()).minusSeconds(3600);
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(staging.directory(), "*.part")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        UUID id = UUID.fromString(name.substring(0, name.length() - ".part".length()));
        if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && !ledger.exists(id)) {
          Files.deleteIfExists(file);
          removed++;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Sweeping the upload staging folder failed; trying again next time", e);
    }
    return removed;
  }
}
