package org.zhixing.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The policy search API as a client sees it: tokens by password grant on the demo realm's {@code zhixing-cli}, and
 * {@code GET /api/policies}. One instance is shared by all client threads (one HTTP/1.1 connection per thread).
 */
final class PolicyApi {

  static final String PASSWORD = "zhixing-demo";

  // The two top-level numbers read here are enough for a benchmark; no JSON library needed.
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
  private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern DOCUMENTS = Pattern.compile("\"documents\"\\s*:\\s*(\\d+)");
  private static final Pattern DONE = Pattern.compile("\"done\"\\s*:\\s*(\\d+)");

  private final String apiUrl;
  private final String tokenUrl;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  PolicyApi(String apiUrl, String tokenUrl) {
    this.apiUrl = apiUrl;
    this.tokenUrl = tokenUrl;
  }

  /** A fresh access token (they live 15 minutes: take one per phase). */
  String token(String username) {
    String form = "grant_type=password&client_id=zhixing-cli&username=%s&password=%s"
        .formatted(encode(username), encode(PASSWORD));
    var request = HttpRequest.newBuilder(URI.create(tokenUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    var response = send(request);
    var matcher = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !matcher.find()) {
      throw new BenchmarkFailure("no token for %s: HTTP %d %s".formatted(username, response.statusCode(),
          Report.abbreviate(response.body())));
    }
    return matcher.group(1);
  }

  /** {@code GET /api/policies?<parameters>}; the whole answer, whatever its status. */
  HttpResponse<String> search(String token, String parameters) {
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/policies?" + parameters))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
    return send(request);
  }

  /** The search index as a system admin sees it ({@code GET /api/search-index}). */
  IndexState indexState(String token) {
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/search-index"))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .GET()
        .build();
    var response = send(request);
    var state = STATE.matcher(response.body());
    var documents = DOCUMENTS.matcher(response.body());
    if (response.statusCode() != 200 || !state.find() || !documents.find()) {
      throw new BenchmarkFailure("search-index answered HTTP %d %s".formatted(response.statusCode(),
          Report.abbreviate(response.body())));
    }
    var done = DONE.matcher(response.body());
    return new IndexState(Long.parseLong(documents.group(1)), state.group(1).equals("REBUILDING"),
        done.find() ? Long.parseLong(done.group(1)) : 0);
  }

  /** The index's document count, and whether a rebuild runs and how far it got. */
  record IndexState(long documents, boolean rebuilding, long done) {}

  /** The {@code total} of a search answer, which must be 200. */
  static long total(HttpResponse<String> response) {
    var matcher = TOTAL.matcher(response.body());
    if (response.statusCode() != 200 || !matcher.find()) {
      throw new BenchmarkFailure("search answered HTTP %d %s".formatted(response.statusCode(),
          Report.abbreviate(response.body())));
    }
    return Long.parseLong(matcher.group(1));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BenchmarkFailure(request.uri() + " unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

}
