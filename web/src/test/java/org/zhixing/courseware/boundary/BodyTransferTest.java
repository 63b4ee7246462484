package org.zhixing.courseware.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhixing.courseware.control.StoredContent;

/**
 * BodyTransfer on a real Undertow, started from its I/O thread as the media endpoint does: a client that reads
 * slowly fills the socket, so the body has to continue from write-ready events.
 */
class BodyTransferTest {

  private static final int SIZE = 8 * 1024 * 1024;

  @TempDir Path dir;
  private Undertow server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aWholeFileReachesASlowReaderIntact() throws Exception {
    byte[] bytes = randomBytes();
    int port = serve(content(bytes, true), size -> List.of(new BodyPart.Range(new ByteRange(0, size - 1))), SIZE);
    assertThat(fetchSlowly(port)).isEqualTo(bytes);
  }

  @Test
  void literalBytesAndRangesGoOutInTheirOrder() throws Exception {
    byte[] bytes = randomBytes();
    byte[] head = "--head--".getBytes(StandardCharsets.ISO_8859_1);
    byte[] middle = "--middle--".getBytes(StandardCharsets.ISO_8859_1);
    List<BodyPart> parts = List.of(new BodyPart.Bytes(head), new BodyPart.Range(new ByteRange(5_000_000, SIZE - 1)),
        new BodyPart.Bytes(middle), new BodyPart.Range(new ByteRange(10, 3_000_009)));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(head);
    expected.write(bytes, 5_000_000, SIZE - 5_000_000);
    expected.write(middle);
    expected.write(bytes, 10, 3_000_000);
    int port = serve(content(bytes, true), size -> parts, expected.size());
    assertThat(fetchSlowly(port)).isEqualTo(expected.toByteArray());
  }

  @Test
  void contentThatIsNotALocalFileIsCopiedOnAWorker() throws Exception {
    byte[] bytes = randomBytes();
    int port = serve(content(bytes, false), size -> List.of(new BodyPart.Range(new ByteRange(100, 199_999))), 199_900);
    assertThat(fetchSlowly(port)).isEqualTo(Arrays.copyOfRange(bytes, 100, 200_000));
  }

  @Test
  void aClientThatGoesAwayLeavesNoFileOpen() throws Exception {
    List<SeekableByteChannel> opened = new CopyOnWriteArrayList<>();
    StoredContent content = content(randomBytes(), true);
    StoredContent tracked = new StoredContent() {
      @Override
      public long size() {
        return content.size();
      }

      @Override
      public Instant lastModified() {
        return content.lastModified();
      }

      @Override
      public SeekableByteChannel open() throws IOException {
        SeekableByteChannel channel = content.open();
        opened.add(channel);
        return channel;
      }
    };
    int port = serve(tracked, size -> List.of(new BodyPart.Range(new ByteRange(0, size - 1))), SIZE);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setReceiveBufferSize(16 * 1024);
      socket.getOutputStream().write("GET /x HTTP/1.1\r\nHost: test\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(socket.getInputStream().readNBytes(100_000)).hasSize(100_000);
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (opened.getFirst().isOpen() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(opened).hasSize(1);
    assertThat(opened.getFirst().isOpen()).as("closed when the transfer failed").isFalse();
  }

  private int serve(StoredContent content, Function<Long, List<BodyPart>> parts, long length) {
    HttpHandler handler = exchange -> {
      assertThat(exchange.isInIoThread()).isTrue();
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/octet-stream");
      exchange.setResponseContentLength(length);
      BodyTransfer.send(exchange, content, parts.apply(content.size()));
    };
    server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(handler).build();
    server.start();
    return ((InetSocketAddress) server.getListenerInfo().getFirst().getAddress()).getPort();
  }

  private StoredContent content(byte[] bytes, boolean file) throws IOException {
    Path path = Files.write(dir.resolve("blob"), bytes);
    return new StoredContent() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public Instant lastModified() {
        return Instant.EPOCH;
      }

      @Override
      public SeekableByteChannel open() throws IOException {
        // Files.newByteChannel of the default file system is a FileChannel: wrap it to look like another store's.
        SeekableByteChannel channel = Files.newByteChannel(path);
        return file ? channel : new ForeignChannel(channel);
      }
    };
  }

  /** A GET over a plain socket that pauses early on, so that the server finds the socket full. */
  private static byte[] fetchSlowly(int port) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setReceiveBufferSize(16 * 1024);
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET /x HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int read;
      int reads = 0;
      while ((read = in.read(buffer)) >= 0) {
        response.write(buffer, 0, read);
        if (++reads < 20) {
          Thread.sleep(20);
        }
      }
      byte[] all = response.toByteArray();
      String text = new String(all, StandardCharsets.ISO_8859_1);
      assertThat(text).startsWith("HTTP/1.1 200");
      int body = text.indexOf("\r\n\r\n") + 4;
      return Arrays.copyOfRange(all, body, all.length);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[SIZE];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  /** Another store's channel: seekable, but not a file the kernel could send by itself. */
  private record ForeignChannel(SeekableByteChannel channel) implements SeekableByteChannel {
    @Override
    public int read(java.nio.ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public int write(java.nio.ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      channel.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
