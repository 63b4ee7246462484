package org.zhixing.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls the running API as a client would: a path, an optional bearer token, a parsed JSON answer. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  public static String baseUrl() {
    return ZhixingTestEnvironment.current().portalUrl();
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  public static Answer get(String path, String token) {
    return get(path, token, "zh-CN");
  }

  public static Answer get(String path, String token, String language) {
    return send(request(path, token, language).GET());
  }

  public static Answer postJson(String path, String token, String json) {
    return send(request(path, token, "zh-CN").header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
  }

  public static Answer putJson(String path, String token, String json) {
    return send(request(path, token, "zh-CN").header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
  }

  public static Answer delete(String path, String token) {
    return send(request(path, token, "zh-CN").DELETE());
  }

  public static Answer post(String path, String token) {
    return send(request(path, token, "zh-CN").POST(BodyPublishers.noBody()));
  }

  /** A raw body of the given type, as a small file upload sends it. */
  public static Answer postBytes(String path, String token, String contentType, byte[] body) {
    return send(request(path, token, "zh-CN").header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)));
  }

  /** A multipart/form-data POST, as a browser's FormData sends it. */
  public static Answer postMultipart(String path, String token, Multipart form) {
    return send(request(path, token, "zh-CN").header("Content-Type", form.contentType()).POST(BodyPublishers.ofByteArray(form.body())));
  }

  /** A multipart/form-data POST with a {@code Prefer} header (RFC 7240), e.g. {@code respond-async}. */
  public static Answer postMultipart(String path, String token, Multipart form, String prefer) {
    return send(request(path, token, "zh-CN")
        .header("Content-Type", form.contentType())
        .header("Prefer", prefer)
        .POST(BodyPublishers.ofByteArray(form.body())));
  }

  /** A file behind the bearer token, as bytes. */
  public static Download download(String path, String token, String language) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request(path, token, language).build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A binary download (a sheet, a PDF) as bytes; a status other than 200 fails. */
  public static byte[] getBytes(String path, String token) {
    Download download = download(path, token, "zh-CN");
    if (download.status() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + download.answer());
    }
    return download.body();
  }

  /** A downloaded file: status, type, the suggested name's header and the bytes. */
  public record Download(int status, String contentType, String contentDisposition, byte[] body) {

    /** The body as an answer, for a refusal that came as problem+json. */
    public Answer answer() {
      return new Answer(status, contentType, "", new String(body, StandardCharsets.UTF_8));
    }
  }

  private static HttpRequest.Builder request(String path, String token, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30)).header("Accept-Language", language);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, content type and body, with the body read as JSON on demand. */
  public record Answer(int status, String contentType, String location, String body) {

    public JsonStructure json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public JsonObject object() {
      return (JsonObject) json();
    }

    public JsonArray array() {
      return (JsonArray) json();
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
