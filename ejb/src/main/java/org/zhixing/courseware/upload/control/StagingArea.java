package org.zhixing.courseware.upload.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;

/**
 * The staging files of unfinished uploads, one per upload under {@code <zhixing.upload.dir>/staging}. Request bodies
 * are streamed to disk through a small buffer, never held whole in memory, and forced to disk before the new offset is
 * recorded: an offset the database holds is always backed by bytes on disk.
 */
@ApplicationScoped
public class StagingArea {

  private static final int BUFFER = 64 * 1024;

  @Inject UploadSettings settings;

  private Path staging;

  @PostConstruct
  void open() {
    staging = settings.directory().resolve("staging");
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the upload staging folder " + staging, e);
    }
  }

  public Path directory() {
    return staging;
  }

  public Path path(UUID id) {
    return staging.resolve(id + ".part");
  }

  public void create(UUID id) {
    try {
      Files.deleteIfExists(path(id));
      Files.createFile(path(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the staging file of upload " + id, e);
    }
  }

  /**
   * Writes the body at {@code offset}, at most {@code limit} bytes, feeding every written byte to the digests. A body
   * that breaks off (the client went away) leaves what arrived; a body longer than the limit is refused and nothing of
   * it kept.
   */
  public Received write(UUID id, long offset, InputStream body, long limit, List<MessageDigest> digests) {
    try (FileChannel file = FileChannel.open(path(id), StandardOpenOption.WRITE)) {
      file.truncate(offset);
      file.position(offset);
      byte[] buffer = new byte[BUFFER];
      long written = 0;
      boolean interrupted = false;
      while (true) {
        int n;
        try {
          n = body.read(buffer, 0, (int) Math.min(buffer.length, limit - written + 1));
        } catch (IOException clientGone) {
          interrupted = true;
          break;
        }
        if (n < 0) {
          break;
        }
        if (written + n > limit) {
          file.truncate(offset);
          throw new UploadOverrunException(offset + limit);
        }
        file.write(ByteBuffer.wrap(buffer, 0, n));
        for (MessageDigest digest : digests) {
          digest.update(buffer, 0, n);
        }
        written += n;
      }
      file.force(false);
      return new Received(written, interrupted);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing upload " + id + " to staging failed", e);
    }
  }

  /** Drops whatever was written after {@code offset}, e.g. a chunk whose checksum failed. */
  public void truncate(UUID id, long offset) {
    try (FileChannel file = FileChannel.open(path(id), StandardOpenOption.WRITE)) {
      file.truncate(offset);
      file.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Truncating upload " + id + " failed", e);
    }
  }

  public void delete(UUID id) {
    try {
      Files.deleteIfExists(path(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Deleting the staging file of upload " + id + " failed", e);
    }
  }

  /** What one request delivered: how many bytes, and whether the body broke off before its end. */
  public record Received(long bytes, boolean interrupted) {}
}
