package org.zhixing.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhixing.launcher.KeycloakServer;

/**
 * Real learner accounts for the benchmarks that need many: Keycloak users {@code bench-00001 …} with the LEARNER role,
 * each attached to a village of the org tree in turn, created through the admin API and each logged in once by
 * password grant on {@code zhixing-cli}. Every request a benchmark then sends goes through the real path: HTTP, the
 * bearer-token check and the caller's unit.
 */
final class LearnerAccounts {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final String PASSWORD = "bench-learner";
  private static final int IMPORT_CHUNK = 250;
  private static final int IMPORTS_AT_ONCE = 4;

  /** One simulated learner: a Keycloak account and its token. */
  static final class Learner {
    final String username;
    String token;

    Learner(String username) {
      this.username = username;
    }
  }

  private final Servers servers;
  private final HttpClient http;
  private final Progress progress;

  LearnerAccounts(Servers servers, HttpClient http, Progress progress) {
    this.servers = servers;
    this.http = http;
    this.progress = progress;
  }

  /** The village and community codes of the tree, in code order: where learners are placed. */
  static List<String> villages(Servers servers) throws SQLException {
    var login = servers.appLogin();
    var codes = new ArrayList<String>();
    try (Connection db = DriverManager.getConnection(login.url(), login.user(), login.password());
        ResultSet rows = db.createStatement().executeQuery(
            "select code from org_unit where kind in ('VILLAGE', 'COMMUNITY') order by code")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  /** {@code count} accounts spread over {@code villages}, each with its own access token. */
  List<Learner> create(int count, List<String> villages) throws Exception {
    long step = System.nanoTime();
    cheapPasswordHashing(adminToken());
    var learners = provision(count, villages);
    progress.say("%,d Keycloak users created through the admin API (%s)", learners.size(), Progress.since(step));
    step = System.nanoTime();
    fetchTokens(learners);
    progress.say("%,d access tokens by password grant (%s, %.0f/s)", learners.size(), Progress.since(step),
        learners.size() / ((System.nanoTime() - step) / 1e9));
    return learners;
  }

  /** A token of a demo account (password {@code zhixing-demo}), e.g. a trainer who sets up what learners use. */
  String demoToken(String username) {
    return token(servers.tokenUrl(), "grant_type=password&client_id=zhixing-cli&username=%s&password=zhixing-demo"
        .formatted(encode(username)));
  }

  private String adminToken() {
    String form = "grant_type=password&client_id=admin-cli&username=%s&password=%s".formatted(
        encode(KeycloakServer.adminUsername()), encode(KeycloakServer.adminPassword()));
    return token(servers.keycloakUrl() + "/realms/master/protocol/openid-connect/token", form);
  }

  /**
   * The benchmark's own realm copy hashes passwords with one PBKDF2 round: thousands of logins at the production cost
   * (210,000 rounds, ~0.2 s of CPU each) would take most of an hour on 2 cores and measure Keycloak, not the system.
   * Tokens live an hour instead of 15 minutes: 30,000 of them are fetched before a five-minute burst uses them.
   */
  private void cheapPasswordHashing(String admin) {
    var response = send(HttpRequest.newBuilder(URI.create(servers.keycloakUrl() + "/admin/realms/zhixing"))
        .header("Authorization", "Bearer " + admin)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(
            "{\"passwordPolicy\":\"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\",\"bruteForceProtected\":false,"
                + "\"accessTokenLifespan\":3600}"))
        .build());
    if (response.statusCode() / 100 != 2) {
      throw new BenchmarkFailure("setting the password policy failed: " + response.statusCode() + " " + response.body());
    }
  }

  /**
   * Accounts by the admin API's partial import, a few chunks at a time, each chunk with a fresh admin token: the
   * master realm's tokens live a minute, less than thousands of accounts take on a busy machine.
   */
  private List<Learner> provision(int count, List<String> villages) throws Exception {
    var learners = new ArrayList<Learner>();
    for (int i = 0; i < count; i++) {
      learners.add(new Learner("bench-%05d".formatted(i + 1)));
    }
    URI partialImport = URI.create(servers.keycloakUrl() + "/admin/realms/zhixing/partialImport");
    var done = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(IMPORTS_AT_ONCE)) {
      var futures = new ArrayList<Future<?>>();
      for (int from = 0; from < learners.size(); from += IMPORT_CHUNK) {
        var chunk = learners.subList(from, Math.min(learners.size(), from + IMPORT_CHUNK));
        int first = from;
        futures.add(pool.submit(() -> {
          var users = new StringBuilder();
          for (int i = 0; i < chunk.size(); i++) {
            String name = chunk.get(i).username;
            users.append(users.isEmpty() ? "" : ",").append("""
                {"username":"%s","enabled":true,"emailVerified":true,"firstName":"学员","lastName":"%d",\
                "email":"%s@bench.example","attributes":{"org_unit":["%s"]},\
                "realmRoles":["default-roles-zhixing","LEARNER"],\
                "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(name, first + i + 1, name, villages.get((first + i) % villages.size()), PASSWORD));
          }
          var response = send(HttpRequest.newBuilder(partialImport)
              .header("Authorization", "Bearer " + adminToken())
              .header("Content-Type", "application/json")
              .timeout(Duration.ofMinutes(5))
              .POST(HttpRequest.BodyPublishers.ofString("{\"ifResourceExists\":\"SKIP\",\"users\":[" + users + "]}"))
              .build());
          if (response.statusCode() != 200) {
            throw new BenchmarkFailure("importing users failed: " + response.statusCode() + " "
                + Report.abbreviate(response.body()));
          }
          if (done.addAndGet(chunk.size()) % 5_000 < IMPORT_CHUNK) {
            progress.say("  %,d users", done.get());
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    }
    return learners;
  }

  private void fetchTokens(List<Learner> learners) throws Exception {
    String url = servers.tokenUrl();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      var futures = new ArrayList<Future<?>>();
      for (Learner learner : learners) {
        futures.add(pool.submit(() -> {
          learner.token = token(url, "grant_type=password&client_id=zhixing-cli&username=%s&password=%s"
              .formatted(learner.username, PASSWORD));
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    }
  }

  private String token(String url, String form) {
    var response = send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
    Matcher matcher = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !matcher.find()) {
      throw new BenchmarkFailure("no token: HTTP %d %s".formatted(response.statusCode(), Report.abbreviate(response.body())));
    }
    return matcher.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new BenchmarkFailure(request.method() + " " + request.uri() + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkFailure("interrupted");
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

}
