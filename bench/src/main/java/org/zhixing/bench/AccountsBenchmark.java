package org.zhixing.bench;

import static org.zhixing.bench.PeopleSheets.check;
import static org.zhixing.bench.PeopleSheets.commit;
import static org.zhixing.bench.PeopleSheets.expect;
import static org.zhixing.bench.PeopleSheets.find;
import static org.zhixing.bench.Progress.seconds;
import static org.zhixing.bench.Progress.since;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * {@code bench/accounts.sh}: Keycloak accounts for the people of an imported sheet, made by the application's
 * background worker, against Keycloak's own way of making users one at a time (a loop of {@code POST /users} with the
 * password in it, which Keycloak hashes with its argon2 policy) measured on the same Keycloak in the same run.
 * Optionally WildFly is stopped a third of the way through and started again, to show that provisioning resumes.
 * See bench/README.md.
 */
public final class AccountsBenchmark {

  private static final String ADMIN = "city-admin";
  private static final int FULL = 30_000;
  private static final Duration CEILING = Duration.ofHours(1);
  private static final Pattern PENDING = Pattern.compile("\"pending\"\\s*:\\s*(\\d+)");
  private static final Pattern ACTIVE = Pattern.compile("\"active\"\\s*:\\s*(\\d+)");
  private static final Pattern FAILED = Pattern.compile("\"failed\"\\s*:\\s*(\\d+)");
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final PrintStream out = System.out;
  private final Progress progress = new Progress(out);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
  private final Path work = home.resolve("bench/target/work-accounts");
  private final int rows;
  private final int referenceUsers;
  private final boolean restart;
  private final List<String> table = new ArrayList<>();
  private long queuedAtEnd;

  private AccountsBenchmark(int rows, int referenceUsers, boolean restart) {
    this.rows = rows;
    this.referenceUsers = referenceUsers;
    this.restart = restart;
  }

  public static void main(String[] args) {
    BenchmarkMain.run("accounts", () -> {
      int rows = FULL;
      int reference = 300;
      boolean restart = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rows" -> rows = Integer.parseInt(args[++i]);
          case "--reference" -> reference = Integer.parseInt(args[++i]);
          case "--restart" -> restart = true;
          default -> throw new IllegalArgumentException(
              "unknown option " + args[i] + " (--rows N, --reference N, --restart)");
        }
      }
      new AccountsBenchmark(rows, reference, restart).run();
    });
  }

  private void run() throws Exception {
    Progress.freshDirectory(work);
    Path sheet = work.resolve("people.xlsx");
    long step = System.nanoTime();
    PeopleSheets.write(sheet, rows);
    try (var servers = new Servers(home, work)) {
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(servers::close));
      servers.startAll(progress);

      double sequential = keycloakLoop(servers, "ref1", 1);
      double parallel = keycloakLoop(servers, "ref4", 4);

      String token = new PolicyApi(servers.apiUrl(), servers.tokenUrl()).token(ADMIN);
      step = System.nanoTime();
      String preview = expect(201, check(http, servers.apiUrl(), token, sheet), "check");
      expect(200, commit(http, servers.apiUrl(), token, find(PeopleSheets.ID, preview)), "commit");
      progress.say("imported %,d people (%s); the worker provisions their accounts now", rows, since(step));
      long provisionStart = System.nanoTime();
      long restartNanos = awaitProvisioned(servers, provisionStart);
      long provisionNanos = System.nanoTime() - provisionStart;
      row("application worker (PBKDF2 codes, 4 parallel)", rows, provisionNanos);
      print(sequential, parallel, provisionNanos, restartNanos, countUsers(servers));
    }
  }

  /**
   * Keycloak's own single-user create loop: {@code POST /users} with a temporary password, {@code clients} at a time,
   * each request waiting for the previous answer. Returns accounts per second.
   */
  private double keycloakLoop(Servers servers, String prefix, int clients) throws Exception {
    String token = serviceToken(servers);
    var next = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      var done = new ArrayList<Future<?>>();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < referenceUsers; i = next.getAndIncrement()) {
            createUser(servers, token, "%s-%05d".formatted(prefix, i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    long nanos = System.nanoTime() - start;
    row("Keycloak POST /users loop, %d client%s (argon2)".formatted(clients, clients == 1 ? "" : "s"),
        referenceUsers, nanos);
    progress.say("Keycloak created %,d users with %d client(s) in %s", referenceUsers, clients, seconds(nanos));
    return referenceUsers / (nanos / 1e9);
  }

  private void createUser(Servers servers, String token, String username) throws IOException, InterruptedException {
    String user = """
        {"username":"%s","enabled":true,"firstName":"测","lastName":"试","attributes":{"org_unit":["411627101201"]},
         "credentials":[{"type":"password","value":"Bench-%s-pw","temporary":true}]}""".formatted(username, username);
    var response = http.send(HttpRequest.newBuilder(URI.create(servers.keycloakUrl() + "/admin/realms/zhixing/users"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(user))
        .build(), HttpResponse.BodyHandlers.ofString());
    expect(201, response, "POST /users");
  }

  /**
   * Polls the provisioning status until {@code rows} accounts are active (the sheet's new people; the demo pack's
   * people, unchanged by it, get none); restarts WildFly a third of the way when asked.
   */
  private long awaitProvisioned(Servers servers, long start) throws Exception {
    var api = new PolicyApi(servers.apiUrl(), servers.tokenUrl());
    String token = api.token(ADMIN);
    long tokenAt = System.nanoTime();
    long restartNanos = 0;
    long lastSay = 0;
    while (true) {
      if (System.nanoTime() - tokenAt > Duration.ofMinutes(10).toNanos()) {
        token = api.token(ADMIN);
        tokenAt = System.nanoTime();
      }
      String status = expect(200, get(servers.apiUrl() + "/accounts/provisioning", token), "provisioning status");
      long pending = Long.parseLong(find(PENDING, status));
      long active = Long.parseLong(find(ACTIVE, status));
      long failed = Long.parseLong(find(FAILED, status));
      if (failed > 0) {
        throw new BenchmarkFailure("%,d accounts failed: %s"
            .formatted(failed, status.substring(0, Math.min(600, status.length()))));
      }
      if (active >= rows) {
        queuedAtEnd = active + pending;
        return restartNanos;
      }
      if (pending == 0) {
        throw new BenchmarkFailure("nothing pending any more, but only %,d of %,d accounts active".formatted(active, rows));
      }
      if (System.nanoTime() - lastSay > Duration.ofSeconds(10).toNanos()) {
        progress.say("  %,d active, %,d pending, %,d failed (%s)", active, pending, failed, since(start));
        lastSay = System.nanoTime();
      }
      if (restart && restartNanos == 0 && active >= rows / 3) {
        long stop = System.nanoTime();
        progress.say("stopping WildFly with %,d of %,d accounts made", active, rows);
        servers.stopWildFly();
        servers.startWildFly();
        restartNanos = System.nanoTime() - stop;
        progress.say("WildFly started again (%s); the worker resumes", seconds(restartNanos));
        token = api.token(ADMIN);
        tokenAt = System.nanoTime();
      }
      Thread.sleep(1000);
    }
  }

  private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private String serviceToken(Servers servers) throws IOException, InterruptedException {
    String form = "grant_type=client_credentials&client_id=zhixing-provisioner&client_secret="
        + URLEncoder.encode(servers.provisionerSecret(), StandardCharsets.UTF_8);
    var response = http.send(HttpRequest.newBuilder(URI.create(
            servers.keycloakUrl() + "/realms/zhixing/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
    return find(ACCESS_TOKEN, expect(200, response, "service account login"));
  }

  private long countUsers(Servers servers) throws IOException, InterruptedException {
    var response = get(servers.keycloakUrl() + "/admin/realms/zhixing/users/count", serviceToken(servers));
    return Long.parseLong(expect(200, response, "users/count").strip());
  }

  private void row(String phase, int accounts, long nanos) {
    double perSecond = accounts / (nanos / 1e9);
    table.add(String.format(Locale.ROOT, "%-48s %8d %9.1f %10.1f %12.1f", phase, accounts, nanos / 1e9, perSecond,
        FULL / perSecond / 60));
  }

  private void print(double sequential, double parallel, long provisionNanos, long restartNanos, long users) {
    double seconds30k = provisionNanos / 1e9 * FULL / rows;
    double reference30k = FULL / sequential;
    out.println();
    out.println(Report.line("Account provisioning benchmark, %,d people, %d cores, JDK %s", rows,
        Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
    out.println(Report.line("%-48s %8s %9s %10s %12s", "how", "accounts", "seconds", "accounts/s", "30,000 (min)"));
    table.forEach(out::println);
    out.println(Report.line("the commit queued %,d accounts; the time is until %,d were made; Keycloak then held %,d users",
        queuedAtEnd, rows, users));
    if (restartNanos > 0) {
      out.println(Report.line("WildFly was stopped and started again a third of the way (%.1f s of it the server was down"
          + " or starting); the worker resumed from the database", restartNanos / 1e9));
    }
    if (rows != FULL) {
      out.println(Report.line("30,000 extrapolated linearly from %,d people", rows));
    }
    out.println(Report.line("ceiling: %d min (\"must not take hours\"); 4 parallel Keycloak-hashed: %.1f accounts/s",
        CEILING.toMinutes(), parallel));
    out.println();
    out.println(Report.line("accounts: %.0f s for 30,000 accounts (%.2f × Keycloak's single-user create loop %.0f s)",
        seconds30k, seconds30k / reference30k, reference30k));
  }
}
