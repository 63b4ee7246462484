package org.zhixing.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code bench/quiz.sh}: the end of a remote session, when thousands of learners submit the same quiz within a minute.
 * Every learner is a real Keycloak account; each starts an attempt, autosaves two answers, and submits the rest with
 * the submission, on a schedule that spreads the submissions evenly over the minute. Afterwards the database must
 * hold exactly one graded attempt per learner whose score is what the answers sent earn: nothing lost, nothing
 * counted twice. See bench/README.md.
 */
public final class QuizBenchmark {

  private static final double TARGET_P99_MS = 300;
  private static final int POINTS = 5;
  private static final int AUTOSAVED = 2;
  private static final Duration GRACE = Duration.ofSeconds(10);
  private static final Pattern ATTEMPT_ID = Pattern.compile("\"id\":\"?([0-9a-f-]+)\"?");

  /** The kinds of question the paper asks, in turn, with a right and a wrong answer to each. */
  private enum Kind {
    SINGLE("SINGLE_CHOICE", "[\"甲\",\"乙\",\"丙\",\"丁\"]", "A", "[\"A\"]", "[\"B\"]"),
    MULTIPLE("MULTIPLE_CHOICE", "[\"甲\",\"乙\",\"丙\",\"丁\"]", "AC", "[\"A\",\"C\"]", "[\"A\",\"B\"]"),
    JUDGE("TRUE_FALSE", "[]", "对", "[\"T\"]", "[\"F\"]"),
    FILL("FILL_IN", "[]", "生态宜居|生态宜居星", "[\"生态 宜居\"]", "[\"乡风文明\"]");

    final String type;
    final String options;
    final String answer;
    final String right;
    final String wrong;

    Kind(String type, String options, String answer, String right, String wrong) {
      this.type = type;
      this.options = options;
      this.answer = answer;
      this.right = right;
      this.wrong = wrong;
    }
  }

  record Settings(Path home, Path work, int learners, int questions, int clients, Duration window) {

    static Settings parse(String[] args) {
      Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
      Path work = home.resolve("bench/target/work");
      int learners = 5_000;
      int questions = 20;
      int clients = 32;
      int seconds = 60;
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
      }
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--learners" -> learners = Integer.parseInt(args[i + 1]);
          case "--questions" -> questions = Integer.parseInt(args[i + 1]);
          case "--clients" -> clients = Integer.parseInt(args[i + 1]);
          case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
          case "--work" -> work = Path.of(args[i + 1]).toAbsolutePath();
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; usage: bench/quiz.sh [--learners 5000] [--questions 20] [--clients 32] [--seconds 60] [--work DIR]");
        }
      }
      if (questions <= AUTOSAVED) {
        throw new IllegalArgumentException("--questions must be more than " + AUTOSAVED);
      }
      return new Settings(home, work, learners, questions, clients, Duration.ofSeconds(seconds));
    }
  }

  /** A learner's attempt, and the score the answers they send must earn. */
  private static final class Taker {
    final Learner learner;
    final int index;
    String attempt;

    Taker(Learner learner, int index) {
      this.learner = learner;
      this.index = index;
    }

    /** Whether this learner answers question {@code q} (0-based) right: four in five, spread by learner. */
    boolean right(int q) {
      return Math.floorMod(index * 31 + q * 7, 5) != 0;
    }
  }

  private interface Step {
    boolean send(Taker taker) throws Exception;
  }

  private final Settings settings;
  private final PrintStream out = System.out;
  private final Progress progress = new Progress(System.out);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final List<String> notes = new ArrayList<>();
  private CpuMeter cpu;
  private Servers servers;
  private JsonApi api;

  private QuizBenchmark(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    BenchmarkMain.run("quiz", () -> new QuizBenchmark(Settings.parse(args)).run());
  }

  private void run() throws Exception {
    Servers.run(settings.home(), settings.work(), started -> {
      servers = started;
      measure();
    });
  }

  private void measure() throws Exception {
    cpu = servers.cpuMeter();
    servers.startAll(progress);
    api = new JsonApi(http, servers.apiUrl());

    var accounts = new LearnerAccounts(servers, http, progress);
    long paper = publishPaper(accounts.demoToken("city-admin"));
    progress.say("paper %d published: %d questions of %d points, offered to the whole city", paper, settings.questions(),
        POINTS);
    List<Learner> learners = accounts.create(settings.learners(), LearnerAccounts.villages(servers));
    var takers = new ArrayList<Taker>();
    for (int i = 0; i < learners.size(); i++) {
      takers.add(new Taker(learners.get(i), i));
    }

    var phases = new ArrayList<Latencies>();
    phases.add(closed("start", takers, taker -> start(taker, paper)));
    phases.add(closed("autosave ×" + AUTOSAVED, takers, this::autosave));
    phases.add(paced("submit", takers, this::submit));
    long[] check = verify(paper, takers);
    print(phases, check);
  }

  /** A fixed paper of the four kinds in turn, published by the city's admin for every learner of the city. */
  private long publishPaper(String admin) {
    long bank = JsonApi.id(api.post("/quiz/banks", admin, "{\"name\":\"压测题库\"}"));
    var questions = new StringBuilder();
    for (int q = 0; q < settings.questions(); q++) {
      Kind kind = Kind.values()[q % Kind.values().length];
      long question = JsonApi.id(api.post("/quiz/banks/" + bank + "/questions", admin, """
          {"type":"%s","stem":"压测第 %d 题","options":%s,"answer":["%s"],"explanation":"解析 %d","difficulty":3}"""
          .formatted(kind.type, q + 1, kind.options, kind.answer, q + 1)));
      questions.append(q == 0 ? "" : ",").append("{\"questionId\":%d,\"points\":%d}".formatted(question, POINTS));
    }
    long paper = JsonApi.id(api.post("/quiz/papers", admin, """
        {"title":"会后测验（压测）","timeLimitSeconds":3600,"maxAttempts":1,"passScore":60,"answerVisibility":"AFTER_SUBMIT",\
        "questions":[%s]}""".formatted(questions)));
    api.post("/quiz/papers/" + paper + "/publish", admin, "");
    return paper;
  }

  private boolean start(Taker taker, long paper) {
    HttpResponse<String> answer = api.send("POST", "/quiz/papers/" + paper + "/attempts", taker.learner.token, "");
    if (answer.statusCode() != 201 && answer.statusCode() != 200) {
      return failed(answer);
    }
    Matcher id = ATTEMPT_ID.matcher(answer.body());
    taker.attempt = id.find() ? id.group(1) : null;
    return taker.attempt != null;
  }

  private boolean autosave(Taker taker) {
    for (int q = 0; q < AUTOSAVED; q++) {
      HttpResponse<String> answer = api.send("PUT", "/quiz/attempts/" + taker.attempt + "/answers/" + (q + 1),
          taker.learner.token, "{\"response\":" + response(taker, q) + "}");
      if (answer.statusCode() != 200) {
        return failed(answer);
      }
    }
    return true;
  }

  /** The submission carries every answer not autosaved, as the page sends its unsaved answers. */
  private boolean submit(Taker taker) {
    var answers = new StringBuilder();
    for (int q = AUTOSAVED; q < settings.questions(); q++) {
      answers.append(answers.isEmpty() ? "" : ",").append("\"%d\":%s".formatted(q + 1, response(taker, q)));
    }
    HttpResponse<String> answer = api.send("POST", "/quiz/attempts/" + taker.attempt + "/submit", taker.learner.token,
        "{\"answers\":{" + answers + "}}");
    return answer.statusCode() == 200 || failed(answer);
  }

  private String response(Taker taker, int q) {
    Kind kind = Kind.values()[q % Kind.values().length];
    return taker.right(q) ? kind.right : kind.wrong;
  }

  /** Each learner once, from {@code clients} threads, each sending its next request when the answer arrives. */
  private Latencies closed(String name, List<Taker> takers, Step step) throws Exception {
    var next = new AtomicInteger();
    return phase(name, settings.clients(), () -> {
      var nanos = new long[takers.size()];
      int n = 0;
      for (int i; (i = next.getAndIncrement()) < takers.size(); ) {
        long t0 = System.nanoTime();
        if (quietly(step, takers.get(i))) {
          nanos[n++] = System.nanoTime() - t0;
        }
      }
      return Arrays.copyOf(nanos, n);
    });
  }

  /**
   * Each learner once, spread evenly over the window: 64 threads send on a fixed schedule, and latency counts from the
   * moment a submission was due, so a server that falls behind shows in the percentiles.
   */
  private Latencies paced(String name, List<Taker> takers, Step step) throws Exception {
    int threads = 64;
    long interval = settings.window().toNanos() / takers.size();
    long start = System.nanoTime() + 100_000_000;
    var next = new AtomicInteger();
    return phase(name, threads, () -> {
      var nanos = new long[takers.size()];
      int n = 0;
      for (int i; (i = next.getAndIncrement()) < takers.size(); ) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (quietly(step, takers.get(i))) {
          nanos[n++] = System.nanoTime() - due;
        }
      }
      return Arrays.copyOf(nanos, n);
    });
  }

  private interface Client {
    long[] run() throws Exception;
  }

  private Latencies phase(String name, int clients, Client client) throws Exception {
    errors.set(0);
    CpuMeter.Reading before = cpu.read();
    long start = System.nanoTime();
    var all = new ArrayList<long[]>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      var futures = new ArrayList<Future<long[]>>();
      for (int i = 0; i < clients; i++) {
        futures.add(pool.submit(client::run));
      }
      for (Future<long[]> future : futures) {
        all.add(future.get());
      }
    }
    long wall = System.nanoTime() - start;
    long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
    var latencies = new Latencies(name, clients, nanos, wall, errors.get(), before.until(cpu.read()));
    progress.say("%s, %d clients: %,d requests in %s, p50 %.1f ms, p99 %.1f ms, %d errors", name, clients,
        latencies.requests(), Progress.seconds(wall), latencies.percentileMillis(50), latencies.percentileMillis(99),
        latencies.errors());
    if (firstError.get() != null) {
      notes.add(name + ": " + firstError.get());
      firstError.set(null);
    }
    return latencies;
  }

  private boolean quietly(Step step, Taker taker) {
    try {
      if (step.send(taker)) {
        return true;
      }
    } catch (Exception e) {
      firstError.compareAndSet(null, e.toString());
    }
    errors.incrementAndGet();
    return false;
  }

  private boolean failed(HttpResponse<String> answer) {
    firstError.compareAndSet(null, answer.statusCode() + " " + Report.abbreviate(answer.body()));
    return false;
  }

  /**
   * What the database holds: attempts at the paper, graded ones, answers stored, and learners whose score is not
   * what their answers earn (lost or double-counted answers show here).
   */
  private long[] verify(long paper, List<Taker> takers) throws SQLException {
    var expected = new HashMap<String, Integer>();
    for (Taker taker : takers) {
      int right = 0;
      for (int q = 0; q < settings.questions(); q++) {
        right += taker.right(q) ? 1 : 0;
      }
      expected.put(taker.learner.username, right * POINTS);
    }
    var login = servers.appLogin();
    try (Connection db = DriverManager.getConnection(login.url(), login.user(), login.password())) {
      long attempts = single(db, "select count(*) from quiz_attempt where paper_id = ?", paper);
      long graded = single(db, "select count(*) from quiz_attempt where paper_id = ? and status = 'GRADED'", paper);
      long answers = single(db, """
          select count(*) from quiz_attempt_item i join quiz_attempt a on a.id = i.attempt_id
          where a.paper_id = ? and i.response is not null""", paper);
      long wrongScores = 0;
      Map<String, Integer> scores = new HashMap<>();
      try (PreparedStatement query = db.prepareStatement("select learner, score from quiz_attempt where paper_id = ?")) {
        query.setLong(1, paper);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            scores.put(rows.getString(1), rows.getBigDecimal(2) == null ? -1 : rows.getBigDecimal(2).intValue());
          }
        }
      }
      for (var entry : expected.entrySet()) {
        if (!entry.getValue().equals(scores.get(entry.getKey()))) {
          wrongScores++;
        }
      }
      return new long[] {attempts, graded, answers, wrongScores};
    }
  }

  private void print(List<Latencies> phases, long[] check) {
    int learners = settings.learners();
    out.println();
    out.printf("  learners   %,d Keycloak users (bench-00001 …) spread over the tree's villages, each with its own token%n",
        learners);
    out.printf("  paper      %d questions (single, multiple, true/false, fill-in in turn), %d autosaved, the rest sent"
        + " with the submission%n", settings.questions(), AUTOSAVED);
    out.printf("  submits    %,d spread evenly over %d s (%.0f/s)%n", learners, settings.window().toSeconds(),
        learners / (double) settings.window().toSeconds());
    out.println();
    out.println("phase            clients  requests    req/s   p50 ms   p99 ms   max ms errors   cpu client others");
    for (Latencies phase : phases) {
      out.printf("%-16s %7d %9d %8.0f %8.1f %8.1f %8.1f %6d %5.2f %6.2f %6.2f%n", phase.phase(), phase.clients(),
          phase.requests(), phase.perSecond(), phase.percentileMillis(50), phase.percentileMillis(99), phase.maxMillis(),
          phase.errors(), phase.cpu().own(), phase.cpu().client(), phase.cpu().others());
    }
    out.println();
    out.printf("database: %,d attempts, %,d graded, %,d answers stored (expected %,d, %,d, %,d), %,d scores not what the"
        + " answers earn%n", check[0], check[1], check[2], learners, learners, (long) learners * settings.questions(),
        check[3]);
    notes.forEach(note -> out.println("note: " + note));
    Latencies submits = phases.getLast();
    boolean exact = check[0] == learners && check[1] == learners && check[2] == (long) learners * settings.questions()
        && check[3] == 0;
    double p99 = submits.percentileMillis(99);
    out.printf("target: no lost or double-counted answers (%s), p99 of submit ≤ %.0f ms (%s)%n",
        exact ? "met" : "NOT met", TARGET_P99_MS, p99 <= TARGET_P99_MS && submits.errors() == 0 ? "met" : "NOT met");
    out.println();
    out.printf("quiz: %.1f ms p99 of %,d submits (%.2f × %.0f ms target)%n", p99, submits.requests(),
        p99 / TARGET_P99_MS, TARGET_P99_MS);
  }




  private static long single(Connection db, String sql, long paper) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, paper);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

}
