package org.zhixing.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The lightest HTTP/1.1 client that a load generator can be: each sending thread owns one kept-alive socket and
 * writes its request and reads the answer on it, blocking. The JDK's HttpClient hands every exchange to a selector
 * thread and back, which cost the progress benchmark ~0.3 of the 2 cores that the server under test needs; a load
 * generator should take as little as it can from what it measures (wrk plays this part for the streaming benchmark).
 */
final class KeepAliveHttp implements AutoCloseable {

  private final URI base;
  private final ThreadLocal<Exchange> exchanges = ThreadLocal.withInitial(() -> null);
  private final List<Exchange> open = new CopyOnWriteArrayList<>();

  KeepAliveHttp(URI base) {
    this.base = base;
  }

  /** An answer: its status code and body. */
  record Answer(int status, String body) {}

  /** Posts JSON with a bearer token to {@code path} (under the base URI's path). */
  Answer postJson(String path, String token, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
        + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    Exchange exchange = exchange();
    try {
      return exchange.send(head.getBytes(StandardCharsets.ISO_8859_1), body);
    } catch (IOException e) {
      // The connection is not reusable after a failure; the next request of this thread opens a new one.
      discard(exchange);
      throw e;
    }
  }

  private Exchange exchange() throws IOException {
    Exchange exchange = exchanges.get();
    if (exchange == null || exchange.closed) {
      exchange = new Exchange(new InetSocketAddress(base.getHost(), base.getPort()));
      exchanges.set(exchange);
      open.add(exchange);
    }
    return exchange;
  }

  private void discard(Exchange exchange) {
    open.remove(exchange);
    exchange.close();
  }

  @Override
  public void close() {
    open.forEach(Exchange::close);
    open.clear();
  }

  /** One connection: a request written, then its status line, headers and body read to the end. */
  private static final class Exchange {
    private final Socket socket = new Socket();
    private final OutputStream out;
    private final InputStream in;
    private boolean closed;

    Exchange(InetSocketAddress address) throws IOException {
      socket.connect(address, 10_000);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      out = new BufferedOutputStream(socket.getOutputStream(), 8192);
      in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    Answer send(byte[] head, byte[] body) throws IOException {
      out.write(head);
      out.write(body);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(header.indexOf(':') + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> closed = value.equalsIgnoreCase("close");
          default -> { }
        }
      }
      var answer = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          answer.write(in.readNBytes(size));
          line();
        }
        line();
      } else if (length >= 0) {
        answer.write(in.readNBytes(Math.toIntExact(length)));
      } else {
        answer.write(in.readAllBytes());
        closed = true;
      }
      if (closed) {
        close();
      }
      return new Answer(code, answer.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
      var line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed by the server");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    void close() {
      closed = true;
      try {
        socket.close();
      } catch (IOException e) {
        // closing a socket that is gone already: nothing left to release
      }
    }
  }
}
