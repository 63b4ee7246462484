package org.zhixing.courseware.boundary;

import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSinkChannel;
import org.zhixing.courseware.control.StoredContent;

/**
 * Sends a response body made of literal bytes and ranges of stored content, as nginx does: zero-copy, and without a
 * thread per transfer. Each range goes to the response channel as a {@link FileSlice}, which Undertow sends with the
 * headers in its first buffer and then by sendfile; when the socket is full, the rest follows from the I/O thread's
 * write-ready events. (Undertow's own asynchronous sender hands every such event to the worker pool, where a thousand
 * downloads queue up while the cores idle.) Content that is not a local file (an object store's channel) is copied
 * through a buffer on a worker thread.
 */
final class BodyTransfer implements ChannelListener<StreamSinkChannel> {

  private static final int COPY_BUFFER = 64 * 1024;

  private final HttpServerExchange exchange;
  private final FileChannel file;
  private final List<BodyPart> parts;
  private StreamSinkChannel channel;
  private int next;
  /** The part being written: literal bytes, or a range of the file with what has gone out of it so far. */
  private ByteBuffer bytes;
  private ByteRange range;
  private FileSlice slice;
  private long sent;

  private BodyTransfer(HttpServerExchange exchange, FileChannel file, List<BodyPart> parts) {
    this.exchange = exchange;
    this.file = file;
    this.parts = parts;
  }

  /** Sends the parts and ends the exchange; the status and headers are set. */
  static void send(HttpServerExchange exchange, StoredContent content, List<BodyPart> parts) throws IOException {
    SeekableByteChannel channel = content.open();
    if (channel instanceof FileChannel file) {
      exchange.addExchangeCompleteListener((done, nextListener) -> {
        IoUtils.safeClose(file);
        nextListener.proceed();
      });
      new BodyTransfer(exchange, file, parts).start();
    } else if (exchange.isInIoThread()) {
      // Reading another store's channel may wait: never on an I/O thread.
      exchange.dispatch(() -> copy(exchange, channel, parts));
    } else {
      copy(exchange, channel, parts);
    }
  }

  private static void copy(HttpServerExchange exchange, SeekableByteChannel channel, List<BodyPart> parts) {
    try (channel) {
      exchange.startBlocking();
      OutputStream out = exchange.getOutputStream();
      for (BodyPart part : parts) {
        switch (part) {
          case BodyPart.Bytes literal -> out.write(literal.bytes());
          case BodyPart.Range piece -> copy(channel, piece.range(), out);
        }
      }
      exchange.endExchange();
    } catch (IOException e) {
      fail(exchange);
    }
  }

  private void start() {
    channel = exchange.getResponseChannel();
    try {
      if (writeUntilBlocked()) {
        exchange.endExchange();
      } else {
        // The exchange is in its handler call: Undertow resumes writes when the call returns.
        channel.getWriteSetter().set(this);
        channel.resumeWrites();
      }
    } catch (IOException e) {
      fail(exchange);
    }
  }

  /** The socket can take more: called on the I/O thread. */
  @Override
  public void handleEvent(StreamSinkChannel ready) {
    try {
      if (writeUntilBlocked()) {
        ready.suspendWrites();
        ready.getWriteSetter().set(null);
        exchange.endExchange();
      }
    } catch (IOException e) {
      fail(exchange);
    }
  }

  /** Writes until the socket is full (false) or the whole body has gone (true). */
  private boolean writeUntilBlocked() throws IOException {
    while (true) {
      if (bytes == null && range == null && !advance()) {
        return true;
      }
      if (bytes != null) {
        channel.write(bytes);
        if (bytes.hasRemaining()) {
          return false;
        }
        bytes = null;
      } else {
        long written = channel.transferFrom(slice, range.first() + sent, range.length() - sent);
        sent += written;
        // Undertow may have read the first buffer with the headers relative to the slice's position, or not read it at
        // all: either way the next transfer starts after what went out.
        slice.position(range.first() + sent);
        if (sent == range.length()) {
          range = null;
        } else if (written == 0) {
          return false;
        }
      }
    }
  }

  /** Takes the next part; false when there is none left. */
  private boolean advance() {
    if (next == parts.size()) {
      return false;
    }
    switch (parts.get(next++)) {
      case BodyPart.Bytes literal -> bytes = ByteBuffer.wrap(literal.bytes());
      case BodyPart.Range piece -> {
        range = piece.range();
        slice = new FileSlice(file, range.first(), range.last() + 1);
        sent = 0;
      }
    }
    return true;
  }

  /** The client went away or the file could not be read: nothing more can be said on this connection. */
  private static void fail(HttpServerExchange exchange) {
    try {
      exchange.endExchange();
    } finally {
      IoUtils.safeClose(exchange.getConnection());
    }
  }

  private static void copy(SeekableByteChannel channel, ByteRange range, OutputStream out) throws IOException {
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
