package org.zhixing.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tus 1.0 client as small as the tests need: each call is one protocol request with its headers, and the answer
 * keeps status, headers and body. A fresh instance shares nothing with an earlier one, like a browser after a reload.
 */
final class Tus {

  static final String VERSION = "1.0.0";
  static final String OCTETS = "application/offset+octet-stream";

  // HTTP/1.1 as tus-js-client speaks it in browsers (and so that a refusal before the body is an answer, not a reset).
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String token;
  private final String endpoint;

  Tus(String username) {
    this(username, Api.baseUrl());
  }

  /** A client of the server at {@code baseUrl} (another than the test deployment's). */
  Tus(String username, String baseUrl) {
    this.token = Tokens.of(username);
    this.endpoint = baseUrl + "/api/uploads";
  }

  String endpoint() {
    return endpoint;
  }

  Reply options() {
    return send(request(endpoint).method("OPTIONS", BodyPublishers.noBody()));
  }

  Reply create(long length, Map<String, String> metadata) {
    String header = metadata.entrySet().stream()
        .map(e -> e.getKey() + " " + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
        .collect(Collectors.joining(","));
    return send(request(endpoint).header("Tus-Resumable", VERSION).header("Upload-Length", Long.toString(length))
        .header("Upload-Metadata", header).POST(BodyPublishers.noBody()));
  }

  Reply head(String url) {
    return send(request(url).header("Tus-Resumable", VERSION).method("HEAD", BodyPublishers.noBody()));
  }

  Reply patch(String url, long offset, byte[] chunk) {
    return send(patchRequest(url, offset, chunk));
  }

  Reply patchWithChecksum(String url, long offset, byte[] chunk, byte[] checksummed) {
    return send(patchRequest(url, offset, chunk).header("Upload-Checksum", "sha1 " + sha1(checksummed)));
  }

  Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder patchRequest(String url, long offset, byte[] chunk) {
    return request(url).header("Tus-Resumable", VERSION).header("Content-Type", OCTETS)
        .header("Upload-Offset", Long.toString(offset)).method("PATCH", BodyPublishers.ofByteArray(chunk));
  }

  HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token).header("Accept-Language", "en");
  }

  /** Uploads everything from {@code offset} in chunks of {@code chunkSize}; answers the last reply. */
  Reply uploadFrom(String url, long offset, byte[] content, int chunkSize) {
    Reply last = null;
    for (long at = offset; at < content.length; at += chunkSize) {
      byte[] chunk = java.util.Arrays.copyOfRange(content, (int) at, (int) Math.min(content.length, at + chunkSize));
      last = patchWithChecksum(url, at, chunk, chunk);
      if (last.status() != 204) {
        return last;
      }
    }
    return last;
  }

  /**
   * Starts a PATCH that announces {@code announced} bytes but sends only {@code sent} and then drops the connection,
   * as a village link does when it fails in the middle of a chunk.
   */
  void patchCutOff(String url, long offset, byte[] content, int sent) {
    URI uri = URI.create(url);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      String head = "PATCH " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
          + "\r\nAuthorization: Bearer " + token + "\r\nTus-Resumable: " + VERSION + "\r\nContent-Type: " + OCTETS
          + "\r\nUpload-Offset: " + offset + "\r\nContent-Length: " + content.length + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(content, 0, sent);
      out.flush();
      Thread.sleep(500);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String sha1(byte[] bytes) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A protocol answer. */
  record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().getFirst()).orElse(null);
    }

    long offset() {
      return Long.parseLong(header("Upload-Offset"));
    }

    jakarta.json.JsonObject problem() {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        return reader.readObject();
      }
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }
}
