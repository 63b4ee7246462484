package org.zhixing.courseware.boundary;

import io.undertow.io.BufferWritableOutputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import org.zhixing.courseware.control.StoredContent;

/**
 * Writes one range of stored bytes to a response. A local file is handed to Undertow's output stream as a
 * {@link FileSlice}: Undertow writes the response headers with the first few KiB and sends the rest with
 * {@code FileChannel.transferTo} on the socket, i.e. sendfile, the kernel's zero-copy path. Anything else (an object
 * store's channel) is copied through a 64 KiB buffer.
 */
@ApplicationScoped
public class RangeWriter {

  private static final int COPY_BUFFER = 64 * 1024;

  void write(StoredContent content, ByteRange range, ServletOutputStream out) throws IOException {
    try (SeekableByteChannel channel = content.open()) {
      if (channel instanceof FileChannel file && out instanceof BufferWritableOutputStream zeroCopy) {
        zeroCopy.transferFrom(new FileSlice(file, range.first(), range.last() + 1));
      } else {
        copy(channel, range, out);
      }
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
