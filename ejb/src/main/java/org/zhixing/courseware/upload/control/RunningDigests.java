package org.zhixing.courseware.upload.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of each upload so far, advanced chunk by chunk, so the whole file's hash (its content address) is known
 * the moment the last byte lands instead of after reading gigabytes again. A digest cannot be saved in the database,
 * so after a restart (or on another node) the staged prefix is hashed once more, and the upload goes on from there.
 */
@ApplicationScoped
public class RunningDigests {

  private record State(long offset, MessageDigest digest) {}

  private final Map<UUID, State> states = new ConcurrentHashMap<>();

  /** A digest of the first {@code offset} bytes of the staged file, the caller's own to update. */
  public MessageDigest at(UUID id, long offset, Path staged) {
    State state = states.get(id);
    if (state != null && state.offset == offset) {
      return copy(state.digest);
    }
    return hashPrefix(staged, offset);
  }

  public void remember(UUID id, long offset, MessageDigest digest) {
    states.put(id, new State(offset, copy(digest)));
  }

  public void forget(UUID id) {
    states.remove(id);
  }

  static MessageDigest hashPrefix(Path file, long length) {
    MessageDigest digest = UploadChecksum.digest("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IllegalStateException("Staged file " + file + " is shorter than its recorded offset " + length);
        }
        digest.update(buffer, 0, n);
        left -= n;
      }
      return digest;
    } catch (IOException e) {
      throw new UncheckedIOException("Hashing " + file + " failed", e);
    }
  }

  private static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("The JDK's SHA-256 can be cloned", e);
    }
  }
}
