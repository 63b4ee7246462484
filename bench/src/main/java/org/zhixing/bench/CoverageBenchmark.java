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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/coverage.sh}: a city-wide training plan of 50 required courses over the demo city's 30,449 people and
 * about 1.3 million done items, its coverage report and drill-downs read through the API with city-admin's token,
 * against a plain SQL aggregate of the same figures from the same rows in the same run; and how long a learner's
 * completion takes to show in the city's figures. See bench/README.md for what is seeded and why.
 */
public final class CoverageBenchmark {

  private static final String CITY = "411600000000";
  private static final String COUNTY = "411627000000";
  /** The demo learner's village; the township is read from its path. */
  private static final String VILLAGE = "411627101201";
  private static final String LEARNER = "learner";
  private static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
  /**
   * JSON-B writes properties in alphabetical order: the unit's own {@code "figures"} are the last before
   * {@code "fullCoverage"}, after the children's.
   */
  private static final String OWN_FIGURES = "\"figures\":{";
  private static final Pattern ROSTER_SIZE = Pattern.compile("\"rosterSize\":(\\d+)");
  private static final Pattern REQUIRED = Pattern.compile("\"required\":(\\d+)");
  private static final Pattern COMPLETED = Pattern.compile("\"completed\":(\\d+)");
  private static final String PLAIN_AGGREGATE = "plain SQL aggregate";
  private static final Duration FRESHNESS_LIMIT = Duration.ofMinutes(2);

  private final Settings settings;
  private final PrintStream out = System.out;
  private final Progress progress = new Progress(System.out);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> notes = new ArrayList<>();
  private CpuMeter cpu;

  /** Command line: {@code --courses N --repeats N --work DIR}. */
  record Settings(Path home, Path work, int courses, int repeats) {

    static Settings parse(String[] args) {
      Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
      Path work = home.resolve("bench/target/work");
      int courses = 50;
      int repeats = 200;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--courses" -> courses = Integer.parseInt(args[i + 1]);
          case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
          case "--work" -> work = Path.of(args[i + 1]).toAbsolutePath();
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; usage: bench/coverage.sh [--courses 50] [--repeats 200] [--work DIR]");
        }
      }
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
      }
      if (courses < 2 || repeats < 10) {
        throw new IllegalArgumentException("--courses must be at least 2 and --repeats at least 10");
      }
      return new Settings(home, work, courses, repeats);
    }
  }

  /** The plan's figures for the city as the report and the reference both give them. */
  private record CityFigures(long required, long completed) {}

  /** One of the city report's statements, its median time straight over JDBC, and its plan. */
  /** Seconds the one-off steps took: publishing, recomputing, taking the month's snapshot; and the freshness. */
  private record Timings(double publish, double recompute, double snapshot, double freshness) {}

  private record QueryTime(String name, double medianMillis, String plan) {}

  /**
   * The statements a unit's report sends (copied from coverage's {@code CoverageSums}; keep them in step), each with
   * the plan's id and the unit's path prefix (and the children's offset in the path formatted in): where the report's
   * time goes.
   */
  private static final String FIGURES = """
      count(*) filter (where left_at is null), count(*) filter (where left_at is null and completed_at is not null),
      count(*) filter (where left_at is null and started_at is not null),
      coalesce(sum(items_done) filter (where left_at is null), 0),
      coalesce(sum(credit_hours) filter (where left_at is null), 0), count(*) filter (where left_at is not null),
      count(*) filter (where left_at is null and moved_from is not null)""";
  private static final String GAPS = """
      from plan_roster where plan_id = ? and unit_path like ? and left_at is null and village_code is not null
      group by village_code having not coalesce(bool_or(party_secretary and completed_at is not null), false)""";
  private static final List<String[]> REPORT_QUERIES = List.of(
      new String[] {"figures", "select " + FIGURES + " from plan_roster where plan_id = ? and unit_path like ?"},
      new String[] {"children", "select substr(unit_path, %d, 12) as child, " + FIGURES
          + " from plan_roster where plan_id = ? and unit_path like ? group by child order by child"},
      new String[] {"secretary gaps (first)", "select village_code, bool_or(weak_and_lax), bool_or(party_secretary) "
          + GAPS + " order by bool_or(weak_and_lax) desc, village_code limit 1"},
      new String[] {"secretary gaps (count)", "select count(*) from (select 1 " + GAPS + ") g"},
      new String[] {"by post", "select post, " + FIGURES + " from plan_roster cross join lateral"
          + " unnest(string_to_array(nullif(positions, ''), ',')) as post where plan_id = ? and unit_path like ?"
          + " group by post order by post"},
      new String[] {"by category", "select category, " + FIGURES + " from plan_roster cross join lateral unnest(array["
          + " case when weak_and_lax then 'WEAK_AND_LAX' end, case when star_target then 'STAR_TARGET' end,"
          + " case when not weak_and_lax and not star_target then 'OTHER' end]) as category"
          + " where plan_id = ? and unit_path like ? and category is not null group by category order by category"});

  /** A request measured as one phase of the table. */
  private interface Request {
    void send() throws Exception;
  }

  private CoverageBenchmark(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    BenchmarkMain.run("coverage", () -> new CoverageBenchmark(Settings.parse(args)).run());
  }

  private void run() throws Exception {
    Servers.run(settings.home(), settings.work(), this::measure);
  }

  private void measure(Servers servers) throws Exception {
    cpu = servers.cpuMeter();
    servers.startAll(progress);
    var accounts = new LearnerAccounts(servers, http, progress);
    String admin = accounts.demoToken("city-admin");
    var api = new JsonApi(http, servers.apiUrl());

    long[] courses = publishCourses(servers);
    signInNamesForEveryone(servers);
    long plan = JsonApi.id(api.post("/plans", admin, planJson(courses)));
    long step = System.nanoTime();
    long rosterSize = first(ROSTER_SIZE, api.post("/plans/" + plan + "/publish", admin, "").body());
    double publishSeconds = (System.nanoTime() - step) / 1e9;
    progress.say("plan %d of %d courses published in %.1f s, %,d people on its roster", plan, courses.length,
        publishSeconds, rosterSize);

    step = System.nanoTime();
    long doneRows = seedDone(servers, plan, courses);
    progress.say("%,d done items seeded (%s)", doneRows, Progress.since(step));
    step = System.nanoTime();
    awardsInsteadOfDoneRows(servers, plan);
    progress.say("moved into credit awards (%s)", Progress.since(step));
    step = System.nanoTime();
    api.post("/plans/" + plan + "/recompute", admin, "");
    double recomputeSeconds = (System.nanoTime() - step) / 1e9;
    progress.say("recomputed through the API in %.1f s", recomputeSeconds);
    long recounted = single(servers, "select count(*) from plan_item_done where plan_id = " + plan);
    if (recounted != doneRows) {
      throw new BenchmarkFailure("recompute counted " + recounted + " done items of " + doneRows + " awards");
    }

    String township = townshipOf(servers, plan);
    String coverage = "/plans/" + plan + "/coverage";
    var phases = new ArrayList<Latencies>();
    phases.add(repeat("city report", settings.repeats(), () -> api.get(coverage, admin)));
    phases.add(repeat("county " + COUNTY, settings.repeats(), () -> api.get(coverage + "?unit=" + COUNTY, admin)));
    phases.add(repeat("township " + township, settings.repeats(),
        () -> api.get(coverage + "?unit=" + township, admin)));
    phases.add(repeat("village " + VILLAGE, settings.repeats(), () -> api.get(coverage + "?unit=" + VILLAGE, admin)));
    int lists = Math.max(10, settings.repeats() / 4);
    phases.add(repeat("laggard villages (city)", lists, () -> api.get(coverage + "/laggard-villages", admin)));
    phases.add(repeat("not started (city)", lists, () -> api.get(coverage + "/missing?notStarted=true", admin)));
    phases.add(repeat("missing secretary (city)", lists,
        () -> api.get(coverage + "/villages-missing-secretary", admin)));
    String planPath = "/plans/" + plan;
    phases.add(repeat("rankings, counties", lists, () -> api.get(planPath + "/rankings?level=COUNTY", admin)));
    phases.add(repeat("rankings, townships", lists, () -> api.get(planPath + "/rankings?level=TOWNSHIP", admin)));
    phases.add(repeat("month's movement (city)", lists, () -> api.get(planPath + "/movement", admin)));
    step = System.nanoTime();
    api.post(planPath + "/snapshots", admin, "");
    double snapshotSeconds = (System.nanoTime() - step) / 1e9;
    progress.say("this month's snapshot taken in %.1f s", snapshotSeconds);
    String month = YearMonth.now(CITY_TIME).toString();
    phases.add(repeat("city report, snapshot " + month, lists,
        () -> api.get(planPath + "/snapshots/" + month + "/coverage", admin)));
    phases.add(repeat("trend (city)", lists, () -> api.get(planPath + "/trend", admin)));

    CityFigures reported = figures(api.get(coverage, admin).body());
    CityFigures counted;
    try (Connection db = connect(servers)) {
      counted = plainAggregate(db, plan);
      phases.add(repeat(PLAIN_AGGREGATE, settings.repeats(), () -> plainAggregate(db, plan)));
    }
    String villagePath = "/%s/%s/%s/%s/".formatted(CITY, COUNTY, township, VILLAGE);
    List<List<QueryTime>> breakdowns = new ArrayList<>();
    try (Connection db = connect(servers)) {
      breakdowns.add(breakdown(db, plan, "/" + CITY + "/", "force_custom_plan"));
      breakdowns.add(breakdown(db, plan, "/" + CITY + "/", "force_generic_plan"));
      breakdowns.add(breakdown(db, plan, villagePath, "force_custom_plan"));
      breakdowns.add(breakdown(db, plan, villagePath, "force_generic_plan"));
    }
    if (!reported.equals(counted)) {
      throw new BenchmarkFailure("the city report says " + reported + " but the plain SQL aggregate counts " + counted);
    }
    double freshness = freshness(servers, api, accounts.demoToken(LEARNER), admin, coverage, courses);

    // The experiment of bench/README.md's findings: the same requests with custom plans for every statement.
    forceCustomPlans(servers);
    int half = Math.max(10, settings.repeats() / 2);
    phases.add(repeat("city report, custom plans", half, () -> api.get(coverage, admin)));
    phases.add(repeat("county, custom plans", half, () -> api.get(coverage + "?unit=" + COUNTY, admin)));
    phases.add(repeat("township, custom plans", half, () -> api.get(coverage + "?unit=" + township, admin)));
    phases.add(repeat("village, custom plans", half, () -> api.get(coverage + "?unit=" + VILLAGE, admin)));
    print(phases, breakdowns, reported, rosterSize, doneRows,
        new Timings(publishSeconds, recomputeSeconds, snapshotSeconds, freshness));
  }

  /**
   * The plan's courses, written into courseware's tables as the content loader would: each published for the whole
   * city, one credit hour, one one-page PDF lesson (read for 5 seconds to complete), so a learner can finish one
   * through the progress API in one request.
   */
  private long[] publishCourses(Servers servers) throws SQLException {
    long[] ids = new long[settings.courses()];
    try (Connection db = connect(servers)) {
      for (int i = 0; i < ids.length; i++) {
        ids[i] = returning(db.prepareStatement("""
            insert into course (owner_unit_code, owner_unit_path, created_by)
            values ('411600000000', '/411600000000/', 'bench') returning id"""));
        var revision = db.prepareStatement("""
            insert into course_revision (course_id, number, status, title, credit_hours, required, offered_unit_code,
              offered_unit_path, edited_by, published_at)
            values (?, 1, 'PUBLISHED', ?, 1.0, true, '411600000000', '/411600000000/', 'bench', now())
            returning id""");
        revision.setLong(1, ids[i]);
        revision.setString(2, "覆盖率基准课程 " + (i + 1));
        long revisionId = returning(revision);
        var lesson = db.prepareStatement("""
            insert into lesson (revision_id, position, lesson_key, title, kind, asset_id, page_count, required,
              min_watched_share, min_dwell_seconds, no_skip_ahead, presence_checks)
            values (?, 1, ?, '第1讲', 'PDF', ?, 1, true, 0.90, 5, false, false) returning id""");
        lesson.setLong(1, revisionId);
        lesson.setObject(2, UUID.randomUUID());
        lesson.setObject(3, UUID.randomUUID());
        returning(lesson);
      }
    }
    return ids;
  }

  /** The year's plan for everyone in the city (no positions: the party secretaries' full coverage counts too). */
  private static String planJson(long[] courses) {
    var items = new StringBuilder();
    for (long course : courses) {
      items.append(items.isEmpty() ? "" : ",").append("{\"kind\":\"COURSE\",\"id\":").append(course).append('}');
    }
    int year = LocalDate.now(CITY_TIME).getYear();
    return """
        {"name":"覆盖率基准 %d 年度计划","kind":"ANNUAL","startsOn":"%d-01-01","endsOn":"%d-12-31","deadline":"%d-12-31",
         "audience":{"unitCode":"%s"},"minCreditHours":0,"items":[%s]}""".formatted(year, year, year, year, CITY,
        items);
  }

  /**
   * The season's done items, written straight into the plan's done rows (see bench/README.md): each county has its
   * own share of people who completed everything (55–94 %), weak-and-lax villages 0.6 times their county's; the
   * others did a random number of the items, from none. The demo learner did all but the last course, which they
   * complete through the API when freshness is measured.
   */
  private long seedDone(Servers servers, long plan, long[] courses) throws SQLException {
    try (Connection db = connect(servers)) {
      db.createStatement().execute("select setseed(0.20261125)");
      var insert = db.prepareStatement("""
          with people as (
            select person_id,
                   case when username = ? then ? - 1
                        when random() < (0.55 + (abs(hashtext(split_part(unit_path, '/', 3))) % 40) / 100.0)
                                        * case when weak_and_lax then 0.6 else 1 end then ?
                        else floor(random() * ?)::int end as done
            from plan_roster where plan_id = ?),
          items as (select ref_id, row_number() over (order by ref_id) as n from training_plan_item where plan_id = ?)
          insert into plan_item_done (plan_id, person_id, kind, ref_id, done_at, credit_hours)
          select ?, p.person_id, 'COURSE', i.ref_id, ?::timestamptz + random() * (now() - ?::timestamptz), 1.0
          from people p join items i on i.n <= p.done
          """);
      Timestamp yearStart =
          Timestamp.from(LocalDate.now(CITY_TIME).withDayOfYear(1).atStartOfDay(CITY_TIME).toInstant());
      int n = courses.length;
      Object[] values = {LEARNER, n, n, n, plan, plan, plan, yearStart, yearStart};
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      long rows = insert.executeUpdate();
      // What autovacuum does within a minute or two of such a load (publishing wrote the 30,449 roster lines, the
      // recompute rewrites them): measured is the steady state, not the first minute's plans (see bench/README.md).
      db.createStatement().execute("analyze plan_roster, plan_item_done");
      return rows;
    }
  }

  /**
   * A sign-in name for each demo person who has none, as if every cadre had an account (as a real city's do): a
   * recompute matches tracking's awards to the roster by sign-in name.
   */
  private static void signInNamesForEveryone(Servers servers) throws SQLException {
    try (Connection db = connect(servers)) {
      db.createStatement().execute("update person set username = 'bench-' || id where username is null");
    }
  }

  /**
   * Turns the seeded done items into the credit awards tracking would hold for them and empties the plan's done rows,
   * so that the measured recompute writes all of them again from the awards (as after a plan is published late).
   */
  private static void awardsInsteadOfDoneRows(Servers servers, long plan) throws SQLException {
    try (Connection db = connect(servers)) {
      var move = db.prepareStatement("""
          insert into credit_award (learner, course_id, credit_hours, org_unit_code, awarded_at)
          select r.username, d.ref_id, d.credit_hours, r.unit_code, d.done_at
          from plan_item_done d join plan_roster r on r.plan_id = d.plan_id and r.person_id = d.person_id
          where d.plan_id = ? on conflict do nothing""");
      move.setLong(1, plan);
      move.executeUpdate();
      var empty = db.prepareStatement("delete from plan_item_done where plan_id = ?");
      empty.setLong(1, plan);
      empty.executeUpdate();
      db.createStatement().execute("analyze credit_award, plan_item_done");
    }
  }

  private static String townshipOf(Servers servers, long plan) throws SQLException {
    try (Connection db = connect(servers);
        PreparedStatement query = db.prepareStatement(
            "select split_part(unit_path, '/', 4) from plan_roster where plan_id = ? and village_code = ? limit 1")) {
      query.setLong(1, plan);
      query.setString(2, VILLAGE);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new BenchmarkFailure("nobody of village " + VILLAGE + " is on the plan's roster");
        }
        return row.getString(1);
      }
    }
  }

  /**
   * The reference: the figures the city report shows — required, completed, started, person-times and credit hours,
   * for the city and each county — counted straight from the roster and the done rows (no status columns), with the
   * same rules: required = not left; completed = every item done; started = any done. The city's row is returned.
   */
  private static CityFigures plainAggregate(Connection db, long plan) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("""
        with done as (select person_id, count(*) as n, sum(credit_hours) as hours from plan_item_done
                      where plan_id = ? group by person_id)
        select split_part(r.unit_path, '/', 3) as county, count(*),
               count(*) filter (where d.n >= (select count(*) from training_plan_item where plan_id = ?)),
               count(d.n), coalesce(sum(d.n), 0), coalesce(sum(d.hours), 0)
        from plan_roster r left join done d using (person_id)
        where r.plan_id = ? and r.left_at is null and r.unit_path like '/411600000000/%'
        group by rollup (county) order by county nulls first""")) {
      query.setLong(1, plan);
      query.setLong(2, plan);
      query.setLong(3, plan);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        var city = new CityFigures(rows.getLong(2), rows.getLong(3));
        while (rows.next()) {
          rows.getLong(2); // every county's row is read, as the report's children are
        }
        return city;
      }
    }
  }

  /**
   * Each of the report's statements for the unit at {@code path}, 20 times after 3 unmeasured, with PostgreSQL's plan
   * cache in {@code mode} ({@code force_custom_plan}: planned for the path given, or
   * {@code force_generic_plan}: planned once for any path, as a server-prepared statement may be after five uses); and
   * its EXPLAIN (ANALYZE, BUFFERS) in that mode.
   */
  private static List<QueryTime> breakdown(Connection db, long plan, String path, String mode) throws SQLException {
    db.createStatement().execute("set plan_cache_mode = " + mode);
    var times = new ArrayList<QueryTime>();
    for (String[] query : REPORT_QUERIES) {
      String sql = query[1].formatted(path.length() + 1); // the children's codes follow the unit's path
      long[] nanos = new long[20];
      for (int i = -3; i < nanos.length; i++) {
        long t0 = System.nanoTime();
        try (ResultSet rows = bind(db, sql, plan, path).executeQuery()) {
          while (rows.next()) {
            rows.getObject(1);
          }
        }
        if (i >= 0) {
          nanos[i] = System.nanoTime() - t0;
        }
      }
      times.add(new QueryTime(query[0], new Latencies(query[0], 1, nanos, 1, 0, CpuMeter.Use.UNKNOWN)
          .percentileMillis(50), explain(db, sql, plan, path)));
    }
    db.createStatement().execute("reset plan_cache_mode");
    return times;
  }

  /** The plan as a prepared statement runs it (PREPARE and EXECUTE, so that the plan cache mode applies). */
  private static String explain(Connection db, String sql, long plan, String path) throws SQLException {
    var explained = new StringBuilder();
    try (var statement = db.createStatement()) {
      statement.execute("prepare explained(bigint, varchar) as " + sql.replaceFirst("\\?", "\\$1")
          .replaceFirst("\\?", "\\$2"));
      try (ResultSet rows = statement.executeQuery("explain (analyze, buffers) execute explained(" + plan + ", '"
          + path + "%')")) {
        while (rows.next()) {
          explained.append("    ").append(rows.getString(1)).append('\n');
        }
      } finally {
        statement.execute("deallocate explained");
      }
    }
    return explained.toString();
  }

  private static PreparedStatement bind(Connection db, String sql, long plan, String path) throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    statement.setLong(1, plan);
    statement.setString(2, path + "%");
    return statement;
  }

  private void printBreakdown(String title, List<QueryTime> breakdown) {
    out.println();
    out.println(title + " (median of 20 over JDBC; the report sends all six, plus unit names):");
    breakdown.forEach(query -> out.println(Report.line("  %-24s %7.1f ms", query.name(), query.medianMillis())));
    QueryTime slowest = breakdown.stream().max(java.util.Comparator.comparingDouble(QueryTime::medianMillis))
        .orElseThrow();
    out.println("EXPLAIN (ANALYZE, BUFFERS) of the slowest, " + slowest.name() + ":");
    out.print(slowest.plan());
  }

  private static CityFigures figures(String report) {
    int own = report.lastIndexOf(OWN_FIGURES, report.indexOf("\"fullCoverage\""));
    if (own < 0) {
      throw new BenchmarkFailure("no figures in " + Report.abbreviate(report));
    }
    String figures = report.substring(own, report.indexOf('}', own));
    return new CityFigures(first(REQUIRED, figures), first(COMPLETED, figures));
  }

  private static long first(Pattern pattern, String text) {
    Matcher number = pattern.matcher(text);
    if (!number.find()) {
      throw new BenchmarkFailure("no " + pattern + " in " + Report.abbreviate(text));
    }
    return Long.parseLong(number.group(1));
  }

  /**
   * The demo learner reads the last course's one page through the progress API; seconds from sending it until the
   * city report's completed count has moved (polled every 100 ms).
   */
  private double freshness(Servers servers, JsonApi api, String learner, String admin, String coverage, long[] courses)
      throws Exception {
    long course = courses[courses.length - 1];
    long lesson = single(servers, """
        select l.id from lesson l join course_revision r on r.id = l.revision_id where r.course_id = %d"""
        .formatted(course));
    long before = figures(api.get(coverage, admin).body()).completed();
    String event = """
        {"events":[{"id":"%s","courseId":%d,"lessonId":%d,"kind":"PAGE","page":1,"dwellSeconds":6,"clientTime":"%s"}]}"""
        .formatted(UUID.randomUUID(), course, lesson, Instant.now());
    long start = System.nanoTime();
    HttpResponse<String> read = api.post("/progress/batches", learner, event);
    if (!read.body().contains("\"completed\":true")) {
      throw new BenchmarkFailure("the learner's page did not complete the course: " + Report.abbreviate(read.body()));
    }
    long limit = start + FRESHNESS_LIMIT.toNanos();
    while (System.nanoTime() < limit) {
      if (figures(api.get(coverage, admin).body()).completed() > before) {
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.say("the completion showed in the city report after %.2f s", seconds);
        return seconds;
      }
      Thread.sleep(100);
    }
    notes.add("the learner's completion did not show in the city report within " + FRESHNESS_LIMIT.toSeconds() + " s");
    return Double.NaN;
  }

  /**
   * Makes PostgreSQL plan every statement for its parameters from now on, the pool's open sessions included: the
   * setting in postgresql.auto.conf, read again by every backend on reload (as the embedded server's superuser).
   */
  private void forceCustomPlans(Servers servers) throws SQLException {
    String url = servers.jdbcUrl();
    try (Connection db = DriverManager.getConnection(url, "postgres", "");
        var statement = db.createStatement()) {
      statement.execute("alter system set plan_cache_mode = force_custom_plan");
      statement.execute("select pg_reload_conf()");
    }
    progress.say("plan_cache_mode = force_custom_plan for all sessions");
  }

  /** A few unmeasured requests, then {@code times} in a row, one at a time. */
  private Latencies repeat(String name, int times, Request request) throws Exception {
    for (int i = 0; i < Math.max(5, times / 10); i++) {
      request.send();
    }
    CpuMeter.Reading before = cpu.read();
    long start = System.nanoTime();
    long[] nanos = new long[times];
    for (int i = 0; i < times; i++) {
      long t0 = System.nanoTime();
      request.send();
      nanos[i] = System.nanoTime() - t0;
    }
    var latencies = new Latencies(name, 1, nanos, System.nanoTime() - start, 0, before.until(cpu.read()));
    progress.say("%s: p50 %.1f ms, p99 %.1f ms", name, latencies.percentileMillis(50), latencies.percentileMillis(99));
    return latencies;
  }

  private void print(List<Latencies> phases, List<List<QueryTime>> breakdowns, CityFigures city, long roster,
      long doneRows, Timings timings) {
    out.println();
    out.println(Report.line("Coverage benchmark, %s, %d cores, JDK %s", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
    out.println(Report.line("  plan       city-wide, %d required courses, %,d people on the roster, %,d required,"
        + " %,d completed", settings.courses(), roster, city.required(), city.completed()));
    out.println(Report.line("  done rows  %,d (plan × person × course), seeded with JDBC", doneRows));
    out.println(Report.line("  publish    %.1f s (API: roster resolved and written)", timings.publish()));
    out.println(Report.line("  recompute  %.1f s (API: POST /plans/{id}/recompute, the done rows again from %,d awards)",
        timings.recompute(), doneRows));
    out.println(Report.line("  snapshot   %.1f s (API: POST /plans/{id}/snapshots, this month's copy of the roster)",
        timings.snapshot()));
    out.println(Report.line("  freshness  %.2f s from a learner's completing page (progress API) to the city report",
        timings.freshness()));
    out.println();
    out.println(Report.line("%-28s %8s %8s %8s %8s %5s %6s %6s", "request (one client)", "requests", "p50 ms",
        "p99 ms", "max ms", "cpu", "client", "others"));
    for (Latencies l : phases) {
      out.println(Report.line("%-28s %8d %8.1f %8.1f %8.1f %5.2f %6.2f %6.2f", l.phase(), l.requests(),
          l.percentileMillis(50), l.percentileMillis(99), l.maxMillis(), l.cpu().own(), l.cpu().client(),
          l.cpu().others()));
    }
    out.println();
    Latencies report = phases.getFirst();
    double drillDown = phases.subList(1, 4).stream().mapToDouble(l -> l.percentileMillis(99)).max().orElseThrow();
    out.println(Report.line("targets: city report p99 %.1f ms ≤ 200 ms %s; drill-downs p99 at most %.1f ms ≤ 50 ms %s;"
            + " completion visible after %.2f s ≤ 60 s %s", report.percentileMillis(99),
        verdict(report.percentileMillis(99) <= 200), drillDown, verdict(drillDown <= 50), timings.freshness(),
        verdict(timings.freshness() <= 60)));
    for (Latencies phase : phases) {
      if (phase.cpu().others() > 0.2) {
        notes.add(Report.line("other work used %.2f cores during %s: its figures are too high", phase.cpu().others(),
            phase.phase()));
      }
    }
    notes.forEach(note -> out.println("note: " + note));
    printBreakdown("The city report's statements, each planned for its path", breakdowns.get(0));
    printBreakdown("The city's, with generic plans (any path)", breakdowns.get(1));
    printBreakdown("The village " + VILLAGE + "'s, each planned for its path", breakdowns.get(2));
    printBreakdown("The village's, with generic plans (any path)", breakdowns.get(3));
    out.println();
    Latencies reference = phases.stream().filter(l -> l.phase().equals(PLAIN_AGGREGATE)).findFirst().orElseThrow();
    out.println(Report.line("coverage: %.0f ms for the city report (%.1f × plain SQL aggregate %.0f ms)",
        report.percentileMillis(99), report.percentileMillis(99) / reference.percentileMillis(99),
        reference.percentileMillis(99)));
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static Connection connect(Servers servers) throws SQLException {
    var login = servers.appLogin();
    return DriverManager.getConnection(login.url(), login.user(), login.password());
  }

  private static long single(Servers servers, String sql) throws SQLException {
    try (Connection db = connect(servers); ResultSet row = db.createStatement().executeQuery(sql)) {
      if (!row.next()) {
        throw new BenchmarkFailure("no row for " + sql);
      }
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
