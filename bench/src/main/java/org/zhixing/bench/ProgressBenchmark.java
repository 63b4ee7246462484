package org.zhixing.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhixing.bench.LearnerAccounts.Learner;

/**
 * {@code bench/progress.sh}: heartbeat batches of simulated learners through the whole stack (HTTP, bearer-token
 * check, the progress transaction in PostgreSQL), against a pgbench ceiling for the equivalent single-row upsert on
 * the same database in the same run. See bench/README.md for what is simulated and how.
 */
public final class ProgressBenchmark {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern COUNTED = Pattern.compile("\"counted\":(\\d+)");
  private static final int LESSON_SECONDS = 3600;
  /** The player closes a WATCHED segment every 5 seconds of playback. */
  private static final int SEGMENT_SECONDS = 5;
  private static final Duration GRACE = Duration.ofSeconds(5);

  private final Settings settings;
  private final PrintStream out = System.out;
  private final Progress progress = new Progress(System.out);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> notes = new ArrayList<>();
  private CpuMeter cpu;

  /** Command line: {@code --learners N --lessons N --clients N --rate EVENTS_PER_S --seconds N --work DIR}. */
  record Settings(Path home, Path work, int learners, int lessons, int clients, int rate, Duration phase,
      int heartbeatSeconds) {

    /** A heartbeat: the WATCHED segments of the seconds since the last one, and the POSITION to resume at. */
    int eventsPerBatch() {
      return heartbeatSeconds / SEGMENT_SECONDS + 1;
    }

    static Settings parse(String[] args) {
      Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
      Path work = home.resolve("bench/target/work");
      int learners = 1_000;
      int lessons = 30;
      int clients = 32;
      int rate = 3_000;
      int seconds = 30;
      int heartbeat = 10;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--learners" -> learners = Integer.parseInt(args[i + 1]);
          case "--lessons" -> lessons = Integer.parseInt(args[i + 1]);
          case "--clients" -> clients = Integer.parseInt(args[i + 1]);
          case "--rate" -> rate = Integer.parseInt(args[i + 1]);
          case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
          case "--heartbeat-seconds" -> heartbeat = Integer.parseInt(args[i + 1]);
          case "--work" -> work = Path.of(args[i + 1]).toAbsolutePath();
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; usage: bench/progress.sh [--learners 1000] [--lessons 30] [--clients 32] [--rate 3000] [--seconds 30]"
              + " [--heartbeat-seconds 10] [--work DIR]");
        }
      }
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
      }
      if (heartbeat < SEGMENT_SECONDS || heartbeat % SEGMENT_SECONDS != 0) {
        throw new IllegalArgumentException("--heartbeat-seconds must be a multiple of " + SEGMENT_SECONDS);
      }
      return new Settings(home, work, learners, lessons, clients, rate, Duration.ofSeconds(seconds), heartbeat);
    }
  }

  private ProgressBenchmark(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    BenchmarkMain.run("progress", () -> new ProgressBenchmark(Settings.parse(args)).run());
  }

  /** One learner watching one lesson (as on one device), and how far they have got. */
  private static final class Viewing {
    final Learner learner;
    final int lesson;
    int second;

    Viewing(Learner learner, int lesson) {
      this.learner = learner;
      this.lesson = lesson;
    }
  }

  private record Course(long id, long[] lessonIds) {}

  private void run() throws Exception {
    Servers.run(settings.home(), settings.work(), this::measure);
  }

  private void measure(Servers servers) throws Exception {
    cpu = servers.cpuMeter();
    servers.startAll(progress);

    Course course = publishCourse(servers);
    List<String> villages = LearnerAccounts.villages(servers);
    progress.say("course %d published with %d lessons of %d s; %,d villages to place learners in", course.id(), settings.lessons(),
        LESSON_SECONDS, villages.size());

    List<Learner> learners = new LearnerAccounts(servers, http, progress).create(settings.learners(), villages);

    var viewings = viewings(learners);
    var phases = new ArrayList<Latencies>();
    try (var heartbeats = new KeepAliveHttp(URI.create(servers.apiUrl()))) {
      var send = heartbeat(heartbeats, course);
      // Every stream's first batch creates its row; measuring starts in the steady state of learners mid-lesson.
      var warmUp = runClosed("warm-up", viewings, send, settings.clients(), Duration.ofMinutes(5), viewings.size());
      progress.say("warm-up done: %,d batches, one per stream", warmUp.requests());
      phases.add(paced(viewings, send, settings.rate(), settings.phase()));
      phases.add(runClosed(viewings, send, settings.clients(), settings.phase()));
    }
    Latencies paced = phases.get(0);
    progress.say("paced at %,d events/s: p50 %.1f ms, p99 %.1f ms", settings.rate(), paced.percentileMillis(50),
        paced.percentileMillis(99));
    long rows = single(servers, "select count(*) from lesson_progress");

    servers.stopWildFly();
    servers.stopKeycloak();
    double pgbench = pgbench(servers);
    progress.say("pgbench upsert ceiling: %.0f upserts/s", pgbench);
    servers.stopDatabase();
    print(phases, pgbench, learners.size(), rows);
  }

  /**
   * Every learner watching every lesson, shuffled with a fixed seed so that consecutive batches come from different
   * learners and lessons, as heartbeats of many people do.
   */
  private List<Viewing> viewings(List<Learner> learners) {
    var viewings = new ArrayList<Viewing>();
    for (int lesson = 0; lesson < settings.lessons(); lesson++) {
      for (Learner learner : learners) {
        viewings.add(new Viewing(learner, lesson));
      }
    }
    java.util.Collections.shuffle(viewings, new java.util.Random(20261125));
    return viewings;
  }

  /** One published course for everyone, written into courseware's tables as the content loader would. */
  private Course publishCourse(Servers servers) throws SQLException {
    try (Connection db = connect(servers)) {
      long courseId = returning(db.prepareStatement("""
          insert into course (owner_unit_code, owner_unit_path, created_by)
          values ('411600000000', '/411600000000/', 'bench') returning id"""));
      var revision = db.prepareStatement("""
          insert into course_revision (course_id, number, status, title, credit_hours, required, offered_unit_code,
            offered_unit_path, edited_by, published_at)
          values (?, 1, 'PUBLISHED', '进度基准课程', 4.0, true, '411600000000', '/411600000000/', 'bench', now())
          returning id""");
      revision.setLong(1, courseId);
      long revisionId = returning(revision);
      long[] lessonIds = new long[settings.lessons()];
      for (int i = 0; i < settings.lessons(); i++) {
        var lesson = db.prepareStatement("""
            insert into lesson (revision_id, position, lesson_key, title, kind, asset_id, duration_seconds, required,
              min_watched_share, min_dwell_seconds, no_skip_ahead, presence_checks)
            values (?, ?, ?, ?, 'VIDEO', ?, ?, true, 0.90, 10, false, false) returning id""");
        lesson.setLong(1, revisionId);
        lesson.setInt(2, i + 1);
        lesson.setObject(3, UUID.randomUUID());
        lesson.setString(4, "第" + (i + 1) + "讲");
        lesson.setObject(5, UUID.randomUUID());
        lesson.setInt(6, LESSON_SECONDS);
        lessonIds[i] = returning(lesson);
      }
      return new Course(courseId, lessonIds);
    }
  }

  /** Sends the learner's next heartbeat; true when the API answered 200. */
  private interface Heartbeat {
    boolean send(Viewing viewing) throws Exception;
  }

  private Heartbeat heartbeat(KeepAliveHttp heartbeats, Course course) {
    return viewing -> {
      int from = viewing.second;
      String now = Instant.now().toString();
      long lessonId = course.lessonIds()[viewing.lesson];
      var events = new StringBuilder("{\"events\":[");
      int to = from;
      for (; to < from + settings.heartbeatSeconds(); to += SEGMENT_SECONDS) {
        events.append("""
            {"id":"%s","courseId":%d,"lessonId":%d,"kind":"WATCHED","from":%d,"to":%d,"clientTime":"%s"},"""
            .formatted(UUID.randomUUID(), course.id(), lessonId, to, to + SEGMENT_SECONDS, now));
      }
      events.append("""
          {"id":"%s","courseId":%d,"lessonId":%d,"kind":"POSITION","at":%d,"clientTime":"%s"}]}"""
          .formatted(UUID.randomUUID(), course.id(), lessonId, to, now));
      viewing.second = to >= LESSON_SECONDS ? 0 : to;
      var answer = heartbeats.postJson("/progress/batches", viewing.learner.token, events.toString());
      if (answer.status() != 200) {
        return false;
      }
      Matcher counted = COUNTED.matcher(answer.body());
      if (!counted.find() || Integer.parseInt(counted.group(1)) != settings.eventsPerBatch()) {
        throw new BenchmarkFailure("a heartbeat's events did not all count: " + Report.abbreviate(answer.body()));
      }
      return true;
    };
  }

  /**
   * {@code clients} threads, each sending its next batch when the previous answer arrives (a closed loop): the most
   * the stack sustains, at whatever latency that costs. Learners are taken in turn, so every one of them is used.
   */
  private Latencies runClosed(List<Viewing> learners, Heartbeat send, int clients, Duration length) throws Exception {
    return runClosed("closed loop", learners, send, clients, length, Integer.MAX_VALUE);
  }

  /** Like the closed loop, but ends after {@code batches} batches if that comes first. */
  private Latencies runClosed(String name, List<Viewing> learners, Heartbeat send, int clients, Duration length,
      int batches) throws Exception {
    var next = new AtomicInteger();
    return phase(name, clients, length, end -> {
      var nanos = new long[1 << 16];
      int n = 0;
      while (System.nanoTime() < end && next.get() < batches) {
        Viewing learner = learners.get(Math.floorMod(next.getAndIncrement(), learners.size()));
        long t0 = System.nanoTime();
        if (sendQuietly(send, learner)) {
          nanos = n == nanos.length ? Arrays.copyOf(nanos, n * 2) : nanos;
          nanos[n++] = System.nanoTime() - t0;
        }
      }
      return Arrays.copyOf(nanos, n);
    });
  }

  /**
   * Batches sent on a fixed schedule that makes {@code eventsPerSecond}, shared by enough threads to keep up. Latency
   * counts from the moment a batch was due, not from when a busy thread got round to sending it, so a server that
   * falls behind shows in the percentiles (no coordinated omission).
   */
  private Latencies paced(List<Viewing> learners, Heartbeat send, int eventsPerSecond, Duration length) throws Exception {
    int threads = 64;
    double batchesPerSecond = eventsPerSecond / (double) settings.eventsPerBatch();
    long interval = Math.round(threads * 1e9 / batchesPerSecond);
    var next = new AtomicInteger();
    var thread = new AtomicInteger();
    return phase("paced " + eventsPerSecond + " ev/s", threads, length, end -> {
      long due = System.nanoTime() + interval * thread.getAndIncrement() / threads;
      var nanos = new long[1 << 14];
      int n = 0;
      // A server that falls far behind does not get to finish the schedule: what is not sent by then is an error.
      while (due < end && System.nanoTime() < end + GRACE.toNanos()) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        Viewing learner = learners.get(Math.floorMod(next.getAndIncrement(), learners.size()));
        if (sendQuietly(send, learner)) {
          nanos = n == nanos.length ? Arrays.copyOf(nanos, n * 2) : nanos;
          nanos[n++] = System.nanoTime() - due;
        }
        due += interval;
      }
      for (; due < end; due += interval) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, "batches still due when the phase ended: the server fell behind");
      }
      return Arrays.copyOf(nanos, n);
    });
  }

  private interface Client {
    long[] run(long endNanos) throws Exception;
  }

  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();

  private Latencies phase(String name, int clients, Duration length, Client client) throws Exception {
    errors.set(0);
    CpuMeter.Reading before = cpu.read();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    var all = new ArrayList<long[]>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      var futures = new ArrayList<Future<long[]>>();
      for (int i = 0; i < clients; i++) {
        futures.add(pool.submit(() -> client.run(end)));
      }
      for (Future<long[]> future : futures) {
        all.add(future.get());
      }
    }
    long wall = System.nanoTime() - start;
    long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
    var latencies = new Latencies(name, clients, nanos, wall, errors.get(), before.until(cpu.read()));
    progress.say("%s, %d clients: %,d batches, %.0f events/s, p50 %.1f ms, p99 %.1f ms, %d errors", name, clients,
        latencies.requests(), latencies.perSecond() * settings.eventsPerBatch(), latencies.percentileMillis(50),
        latencies.percentileMillis(99), latencies.errors());
    if (firstError.get() != null) {
      notes.add(name + ": " + firstError.get());
      firstError.set(null);
    }
    return latencies;
  }

  private boolean sendQuietly(Heartbeat send, Viewing learner) {
    try {
      if (send.send(learner)) {
        return true;
      }
      firstError.compareAndSet(null, "a batch was not answered 200");
    } catch (Exception e) {
      firstError.compareAndSet(null, e.toString());
    }
    errors.incrementAndGet();
    return false;
  }

  /**
   * The database's ceiling for the same kind of write: pgbench with 16 clients, each transaction one upsert of a
   * progress row (an interval array, a position, the event-id array) of a random learner and lesson, 20 seconds.
   */
  private double pgbench(Servers servers) throws Exception {
    try (Connection db = connect(servers)) {
      db.createStatement().execute("""
          create table bench_progress (learner int not null, lesson int not null, watched integer[] not null,
            position_ms int not null, recent_events uuid[] not null, updated_at timestamptz not null,
            primary key (learner, lesson))""");
    }
    Path script = settings.work().resolve("upsert.sql");
    Files.writeString(script, """
        \\set learner random(1, %d)
        \\set lesson random(1, %d)
        \\set at random(0, 3590)
        insert into bench_progress values (:learner, :lesson, array[0, :at * 1000], :at * 1000, array[gen_random_uuid(), gen_random_uuid(), gen_random_uuid()], now())
          on conflict (learner, lesson) do update set watched = excluded.watched, position_ms = excluded.position_ms,
          recent_events = (bench_progress.recent_events || excluded.recent_events)[greatest(1, cardinality(bench_progress.recent_events) - 124):], updated_at = now();
        """.formatted(settings.learners(), settings.lessons()).replace("\n  ", " "));
    String url = servers.jdbcUrl();
    String port = url.replaceAll(".*:(\\d+)/.*", "$1");
    var process = new ProcessBuilder("/usr/bin/pgbench", "-n", "-h", "localhost", "-p", port, "-U", Servers.APP_DB,
        "-c", "16", "-j", "2", "-T", "20", "-f", script.toString(), Servers.APP_DB)
        .redirectErrorStream(true);
    process.environment().put("PGPASSWORD", Servers.APP_DB);
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    running.waitFor();
    Matcher tps = TPS.matcher(output);
    if (running.exitValue() != 0 || !tps.find()) {
      throw new BenchmarkFailure("pgbench failed: " + Report.abbreviate(output));
    }
    return Double.parseDouble(tps.group(1));
  }

  private void print(List<Latencies> phases, double pgbench, int learners, long rows) {
    out.println();
    out.println(Report.line("Progress benchmark, %s, %d cores, JDK %s", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
    out.println(Report.line("  learners   %,d Keycloak users (bench-00001 …) spread over the tree's villages, each with"
        + " its own token, each watching %d lessons: %,d learner-lesson streams", learners, settings.lessons(),
        learners * settings.lessons()));
    out.println(Report.line("  batch      %d events: a heartbeat every %d s (a WATCHED segment per 5 s and a POSITION),"
        + " one learner and lesson", settings.eventsPerBatch(), settings.heartbeatSeconds()));
    out.println(Report.line("  progress   %,d lesson rows after the run", rows));
    out.println();
    out.println(Report.line("%-24s %7s %9s %10s %8s %8s %8s %6s %5s %6s %6s", "phase", "clients", "batches",
        "events/s", "p50 ms", "p99 ms", "max ms", "errors", "cpu", "client", "others"));
    for (Latencies l : phases) {
      out.println(Report.line("%-24s %7d %9d %10.0f %8.1f %8.1f %8.1f %6d %5.2f %6.2f %6.2f", l.phase(),
          l.clients(), l.requests(), l.perSecond() * settings.eventsPerBatch(), l.percentileMillis(50),
          l.percentileMillis(99), l.maxMillis(), l.errors(), l.cpu().own(), l.cpu().client(), l.cpu().others()));
    }
    out.println(Report.line("%-24s %7d %9s %10.0f   (upserts/s, 16 clients, 20 s)", "pgbench upsert", 16, "", pgbench));
    out.println();
    Latencies paced = phases.get(0);
    Latencies closed = phases.get(1);
    out.println(Report.line("target ≥ 3,000 events/s with p99 < 100 ms: paced %s (p99 %.1f ms), most sustained %.0f events/s",
        paced.percentileMillis(99) < 100 && paced.errors() == 0 ? "met" : "NOT met", paced.percentileMillis(99),
        closed.perSecond() * settings.eventsPerBatch()));
    for (Latencies phase : phases) {
      if (phase.cpu().others() > 0.2) {
        notes.add(Report.line("other work used %.2f cores during %s: its figures are too low", phase.cpu().others(),
            phase.phase()));
      }
    }
    notes.forEach(note -> out.println("note: " + note));
    out.println();
    double eventsPerSecond = closed.perSecond() * settings.eventsPerBatch();
    out.println(Report.line("progress: %.0f events/s (%.2f × pgbench upsert %.0f/s)", eventsPerSecond,
        eventsPerSecond / pgbench, pgbench));
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

  private static Connection connect(Servers servers) throws SQLException {
    var login = servers.appLogin();
    return DriverManager.getConnection(login.url(), login.user(), login.password());
  }

  private static long single(Servers servers, String sql) throws SQLException {
    try (Connection db = connect(servers); ResultSet row = db.createStatement().executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long returning(PreparedStatement statement) throws SQLException {
    try (statement; ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

}
