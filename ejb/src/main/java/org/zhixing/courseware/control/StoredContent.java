package org.zhixing.courseware.control;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Bytes in the content store ready to be served: an original blob or a derived file such as an HLS segment. A file
 * system store also names the local file, which the streaming endpoint memory-maps once and writes to sockets without
 * copying; another store (an object store) only opens a channel, and the endpoint then copies through a buffer.
 */
public interface StoredContent {

  long size();

  /** When these bytes were stored; they never change afterwards. */
  Instant lastModified();

  SeekableByteChannel open() throws IOException;

  /** The file these bytes are, when they are on this machine's disk. */
  default Optional<Path> localFile() {
    return Optional.empty();
  }
}
