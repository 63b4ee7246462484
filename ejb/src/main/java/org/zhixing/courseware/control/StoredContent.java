package org.zhixing.courseware.control;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Instant;

/**
 * Bytes in the content store ready to be served: an original blob or a derived file such as an HLS segment. A file
 * system store opens a {@link java.nio.channels.FileChannel}, which the streaming endpoint hands to the kernel
 * (sendfile); another store may open any seekable channel, and the endpoint then copies through a buffer.
 */
public interface StoredContent {

  long size();

  /** When these bytes were stored; they never change afterwards. */
  Instant lastModified();

  SeekableByteChannel open() throws IOException;
}
