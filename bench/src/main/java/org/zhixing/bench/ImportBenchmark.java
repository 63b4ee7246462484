package org.zhixing.bench;

import static org.zhixing.bench.Progress.seconds;
import static org.zhixing.bench.Progress.since;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.UnitSeed;
import org.zhixing.launcher.LaunchException;
import org.zhixing.org.control.IdNumbers;

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
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
  private static final String[] GIVEN = {"建国", "秀英", "志强", "桂兰", "红梅", "海涛", "丽娟", "伟", "静", "磊", "芳", "军"};
  private static final Logger ZONKY = Logger.getLogger("io.zonky");

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
    ZONKY.setLevel(Level.WARNING);
    int rows = args.length == 2 && args[0].equals("--rows") ? Integer.parseInt(args[1]) : 30_000;
    try {
      new ImportBenchmark(rows).run();
    } catch (LaunchException | BenchmarkFailure e) {
      System.err.println("import: " + e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println("import: failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  private void run() throws Exception {
    Progress.freshDirectory(work);
    Path sheet = work.resolve("people.xlsx");
    long step = System.nanoTime();
    writeSheet(sheet);
    progress.say("wrote %,d rows to %s (%,d KB) in %s", rows, sheet.getFileName(), Files.size(sheet) / 1024, since(step));
    try (var servers = new Servers(home, work)) {
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(servers::close));
      servers.startDatabase();
      servers.startKeycloak();
      servers.startWildFly();
      progress.say("PostgreSQL, Keycloak and WildFly ready (%s)", since(step));
      String token = new PolicyApi(servers.apiUrl(), servers.tokenUrl()).token(ADMIN);

      long checkStart = System.nanoTime();
      String preview = expect(201, check(servers.apiUrl(), token, sheet), "check");
      long checkNanos = System.nanoTime() - checkStart;
      requireCount(PROBLEMS, preview, 0, "problems");
      requireCount(NEW, preview, rows, "new people");
      progress.say("checked: %s", seconds(checkNanos));

      long commitStart = System.nanoTime();
      expect(200, commit(servers.apiUrl(), token, find(ID, preview)), "commit");
      long commitNanos = System.nanoTime() - commitStart;
      progress.say("committed: %s", seconds(commitNanos));

      long againStart = System.nanoTime();
      String again = expect(201, check(servers.apiUrl(), token, sheet), "second check");
      long againNanos = System.nanoTime() - againStart;
      requireCount(UNCHANGED, again, rows, "unchanged people on the second check");
      print(checkNanos, commitNanos, againNanos);
    }
  }

  /** People in every village of the pack in turn, with new phone numbers and, for every other one, an ID number. */
  private void writeSheet(Path sheet) throws IOException {
    List<UnitSeed> villages = DemoContentPack.load().units().stream()
        .filter(u -> u.kind().equals("VILLAGE") || u.kind().equals("COMMUNITY"))
        .toList();
    try (var workbook = new SXSSFWorkbook(500); OutputStream file = Files.newOutputStream(sheet)) {
      var rowsOut = workbook.createSheet("人员");
      write(rowsOut.createRow(0), "姓名", "性别", "手机号", "身份证号", "区划代码", "职务");
      for (int i = 0; i < rows; i++) {
        UnitSeed village = villages.get(i % villages.size());
        boolean man = i % 3 != 0;
        String idNumber = i % 2 == 0 ? idNumber(village.code(), i, man) : "";
        write(rowsOut.createRow(i + 1), SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length],
            man ? "男" : "女", "170%08d".formatted(i), idNumber, village.code(), i % 10 == 0 ? "村党组织书记" : "村“两委”成员");
      }
      workbook.write(file);
    }
  }

  private static String idNumber(String villageCode, int i, boolean man) {
    int sequence = (i % 499) * 2 + (man ? 1 : 0);
    String first17 = villageCode.substring(0, 6) + "%04d%02d%02d".formatted(1960 + i % 40, 1 + i % 12, 1 + i % 28)
        + "%03d".formatted(sequence);
    return first17 + IdNumbers.checkCharacter(first17);
  }

  private static void write(Row row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  private HttpResponse<String> check(String apiUrl, String token, Path sheet) throws IOException, InterruptedException {
    String boundary = "bench-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(sheet));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/people/imports"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> commit(String apiUrl, String token, String id) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/people/imports/" + id + "/commit"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofString("{\"departLeftOut\":false}"))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String expect(int status, HttpResponse<String> response, String what) {
    if (response.statusCode() != status) {
      String body = response.body();
      throw new BenchmarkFailure("%s answered HTTP %d: %s".formatted(what, response.statusCode(),
          body.length() > 500 ? body.substring(0, 500) + "…" : body));
    }
    return response.body();
  }

  private static void requireCount(Pattern field, String json, long expected, String what) {
    long found = Long.parseLong(find(field, json));
    if (found != expected) {
      throw new BenchmarkFailure("expected %,d %s, the preview says %,d".formatted(expected, what, found));
    }
  }

  private static String find(Pattern field, String json) {
    Matcher matcher = field.matcher(json);
    if (!matcher.find()) {
      throw new BenchmarkFailure("no " + field.pattern() + " in " + json.substring(0, Math.min(300, json.length())));
    }
    return matcher.group(1);
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
