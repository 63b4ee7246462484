package org.zhixing.courseware.boundary;

import io.undertow.io.BufferWritableOutputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Optional;
import org.zhixing.courseware.control.StoredContent;

/**
 * Writes one range of stored bytes to a response. A local file goes out as slices of its mapping through Undertow's
 * buffer-writing output stream: one gathered write from the page cache to the socket, no copy in the JVM. Anything
 * else (an object store's channel) is copied through a 64 KiB buffer.
 */
@ApplicationScoped
public class RangeWriter {

  private static final int COPY_BUFFER = 64 * 1024;

  @Inject MappedFiles mappedFiles;

  void write(StoredContent content, ByteRange range, ServletOutputStream out) throws IOException {
    Optional<Path> file = content.localFile();
    if (file.isPresent() && out instanceof BufferWritableOutputStream direct) {
      direct.write(mappedFiles.slices(file.get(), content.size(), content.lastModified(), range).toArray(ByteBuffer[]::new));
      return;
    }
    try (SeekableByteChannel channel = content.open()) {
      copy(channel, range, out);
    }
  }

  private static void copy(SeekableByteChannel channel, ByteRange range, ServletOutputStream out) throws IOException {
    channel.position(range.first());
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(COPY_BUFFER, range.length()));
    long remaining = range.length();
    while (remaining > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
      int read = channel.read(buffer);
      if (read < 0) {
        throw new IOException("file ended " + remaining + " bytes early");
      }
      out.write(buffer.array(), 0, read);
      remaining -= read;
    }
  }
}
