package org.zhixing.courseware.boundary;

import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.spec.HttpServletRequestImpl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.zhixing.courseware.control.StoredContent;

/**
 * Sends a response body made of literal bytes and ranges of stored content.
 *
 * <p>A local file goes out zero-copy and without holding a thread per transfer, as nginx's event loop does: the
 * request turns asynchronous and each part goes to Undertow's asynchronous {@link Sender}, ranges as a
 * {@link FileSlice} that it sends with sendfile; when the socket is full it waits for the I/O thread's signal instead
 * of blocking a worker. (The servlet API's own non-blocking path cannot be used: in Undertow 2.3.23 the async
 * {@code transferFrom} of the servlet output stream sends nothing.) Content that is not a local file (an object
 * store's channel) is copied through a 64 KiB buffer on the request's thread.
 */
@ApplicationScoped
public class RangeWriter {

  private static final int COPY_BUFFER = 64 * 1024;

  void send(HttpServletRequest request, HttpServletResponse response, StoredContent content, List<BodyPart> parts)
      throws IOException {
    SeekableByteChannel channel = content.open();
    if (channel instanceof FileChannel file && request instanceof HttpServletRequestImpl undertow
        && request.isAsyncSupported()) {
      AsyncContext async;
      try {
        async = request.startAsync();
      } catch (RuntimeException e) {
        file.close();
        throw e;
      }
      // A download may take as long as a village link needs; a client that goes away ends it with a write error.
      async.setTimeout(0);
      new Transfer(undertow.getExchange().getResponseSender(), file, parts, async).next();
      return;
    }
    try (channel) {
      ServletOutputStream out = response.getOutputStream();
      for (BodyPart part : parts) {
        switch (part) {
          case BodyPart.Bytes bytes -> out.write(bytes.bytes());
          case BodyPart.Range range -> copy(channel, range.range(), out);
        }
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

  /** Hands the parts to the sender one after the other; completes the request after the last one or an error. */
  private static final class Transfer implements IoCallback {

    private final Sender sender;
    private final FileChannel file;
    private final List<BodyPart> parts;
    private final AsyncContext async;
    private int next;

    Transfer(Sender sender, FileChannel file, List<BodyPart> parts, AsyncContext async) {
      this.sender = sender;
      this.file = file;
      this.parts = parts;
      this.async = async;
    }

    void next() {
      if (next == parts.size()) {
        finish();
        return;
      }
      switch (parts.get(next++)) {
        case BodyPart.Bytes bytes -> sender.send(ByteBuffer.wrap(bytes.bytes()), this);
        case BodyPart.Range range ->
            sender.transferFrom(new FileSlice(file, range.range().first(), range.range().last() + 1), this);
      }
    }

    @Override
    public void onComplete(HttpServerExchange exchange, Sender sender) {
      next();
    }

    @Override
    public void onException(HttpServerExchange exchange, Sender sender, IOException exception) {
      // the client went away or the file could not be read: nothing more can be said on this connection
      finish();
    }

    private void finish() {
      try {
        file.close();
      } catch (IOException e) {
        // a read-only file: nothing was lost
      }
      async.complete();
    }
  }
}
