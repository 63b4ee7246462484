package org.zhixing.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON calls to the application's API under {@code /api}, each as the caller whose bearer token it carries: the
 * set-up steps of a benchmark (which must succeed) and its measured requests (whose answers it judges itself).
 */
final class JsonApi {

  private static final Pattern ID = Pattern.compile("\"id\":\"?(\\d+)");

  private final HttpClient http;
  private final String apiUrl;

  JsonApi(HttpClient http, String apiUrl) {
    this.http = http;
    this.apiUrl = apiUrl;
  }

  /** One request; the answer whatever its status (a transport failure ends the benchmark). */
  HttpResponse<String> send(String method, String path, String token, String json) {
    var request = HttpRequest.newBuilder(URI.create(apiUrl + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new BenchmarkFailure(method + " " + path + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkFailure("interrupted");
    }
  }

  /** A GET that must answer 200. */
  HttpResponse<String> get(String path, String token) {
    HttpResponse<String> answer = send("GET", path, token, "");
    if (answer.statusCode() != 200) {
      throw new BenchmarkFailure("GET " + path + ": " + answer.statusCode() + " " + Report.abbreviate(answer.body()));
    }
    return answer;
  }

  /** A POST that must succeed (2xx). */
  HttpResponse<String> post(String path, String token, String json) {
    HttpResponse<String> answer = send("POST", path, token, json);
    if (answer.statusCode() / 100 != 2) {
      throw new BenchmarkFailure("POST " + path + ": " + answer.statusCode() + " " + Report.abbreviate(answer.body()));
    }
    return answer;
  }

  /** The first numeric {@code "id"} of an answer. */
  static long id(HttpResponse<String> answer) {
    Matcher id = ID.matcher(answer.body());
    if (!id.find()) {
      throw new BenchmarkFailure("no id in " + Report.abbreviate(answer.body()));
    }
    return Long.parseLong(id.group(1));
  }
}
