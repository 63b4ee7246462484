package org.zhixing.bench;

import static org.zhixing.bench.Progress.seconds;
import static org.zhixing.bench.Progress.since;
import static org.zhixing.bench.PeopleSheets.check;
import static org.zhixing.bench.PeopleSheets.commit;
import static org.zhixing.bench.PeopleSheets.expect;
import static org.zhixing.bench.PeopleSheets.find;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code bench/import.sh}: a 30,000-row people sheet (.xlsx) through the import API as the city's admin — upload and
 * check with the preview, commit, then the same sheet again (which must change nothing). Starts PostgreSQL, Keycloak
 * and WildFly with the demo content in {@code bench/target/work}. See bench/README.md.
 */
public final class ImportBenchmark {

  private static final String ADMIN = "city-admin";
  private static final Duration TARGET = Duration.ofSeconds(60);
  private static final Pattern NEW = Pattern.compile("\"NEW\"\\s*:\\s*(\\d+)");
  private static final Pattern UNCHANGED = Pattern.compile("\"UNCHANGED\"\\s*:\\s*(\\d+)");
  private static final Pattern PROBLEMS = Pattern.compile("\"problemCount\"\\s*:\\s*(\\d+)");

  private final PrintStream out = System.out;
  private final Progress progress = new Progress(out);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
  private final Path work = home.resolve("bench/target/work-import");
  private final int rows;

  private ImportBenchmark(int rows) {
    this.rows = rows;
  }

  public static void main(String[] args) {
    int rows = args.length == 2 && args[0].equals("--rows") ? Integer.parseInt(args[1]) : 30_000;
    BenchmarkMain.run("import", () -> new ImportBenchmark(rows).run());
  }

  private void run() throws Exception {
    Progress.freshDirectory(work);
    Path sheet = work.resolve("people.xlsx");
    long step = System.nanoTime();
    PeopleSheets.write(sheet, rows);
    progress.say("wrote %,d rows to %s (%,d KB) in %s", rows, sheet.getFileName(), Files.size(sheet) / 1024, since(step));
    try (var servers = new Servers(home, work)) {
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(servers::close));
      servers.startAll(progress);
      String token = new PolicyApi(servers.apiUrl(), servers.tokenUrl()).token(ADMIN);

      long checkStart = System.nanoTime();
      String preview = expect(201, check(http, servers.apiUrl(), token, sheet), "check");
      long checkNanos = System.nanoTime() - checkStart;
      requireCount(PROBLEMS, preview, 0, "problems");
      requireCount(NEW, preview, rows, "new people");
      progress.say("checked: %s", seconds(checkNanos));

      long commitStart = System.nanoTime();
      expect(200, commit(http, servers.apiUrl(), token, find(PeopleSheets.ID, preview)), "commit");
      long commitNanos = System.nanoTime() - commitStart;
      progress.say("committed: %s", seconds(commitNanos));

      long againStart = System.nanoTime();
      String again = expect(201, check(http, servers.apiUrl(), token, sheet), "second check");
      long againNanos = System.nanoTime() - againStart;
      requireCount(UNCHANGED, again, rows, "unchanged people on the second check");
      print(checkNanos, commitNanos, againNanos);
    }
  }

  private static void requireCount(Pattern field, String json, long expected, String what) {
    long found = Long.parseLong(find(field, json));
    if (found != expected) {
      throw new BenchmarkFailure("expected %,d %s, the preview says %,d".formatted(expected, what, found));
    }
  }

  private void print(long checkNanos, long commitNanos, long againNanos) {
    long total = checkNanos + commitNanos;
    var lines = new ArrayList<String>();
    lines.add(Report.line("%-34s %10s %10s", "phase", "seconds", "rows/s"));
    lines.add(row("upload + check + preview", checkNanos));
    lines.add(row("commit (all rows, one transaction)", commitNanos));
    lines.add(row("same sheet again (all unchanged)", againNanos));
    lines.add(row("check + commit", total));
    out.println();
    out.println(Report.line("People import benchmark, %,d rows (.xlsx), %d cores, JDK %s", rows,
        Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
    lines.forEach(out::println);
    out.println();
    out.println(Report.line("import: %.1f s for %,d rows (%.2f × the %d s target)", total / 1e9, rows,
        total / 1e9 / TARGET.toSeconds(), TARGET.toSeconds()));
  }

  private String row(String phase, long nanos) {
    return String.format(Locale.ROOT, "%-34s %10.1f %10.0f", phase, nanos / 1e9, rows / (nanos / 1e9));
  }
}
