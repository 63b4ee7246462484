package org.zhixing.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhixing.bench.Wrk.Load;

/**
 * {@code bench/streaming.sh}: the media endpoint against nginx on the same file. Starts PostgreSQL, Keycloak and
 * WildFly in {@code bench/target/work}, stores a generated 50 MB "video" as an asset of the demo trainer's county,
 * asks for its signed media URL as the trainer, starts nginx (sendfile on) serving the very blob file the content store holds, checks that both answer
 * ranges correctly, and then loads each with wrk: random 1 MiB ranges and whole-file GETs at 64 and 1,000
 * connections. See bench/README.md.
 */
public final class StreamingBenchmark {

  private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");
  private static final double TARGET_RATIO = 0.8;

  private final StreamingOptions options;
  private final PrintStream out = System.out;
  private final List<String> notes = new ArrayList<>();
  private final Progress progress = new Progress(System.out);
  private final long begun = System.nanoTime();

  private StreamingBenchmark(StreamingOptions options) {
    this.options = options;
  }

  public static void main(String[] args) {
    BenchmarkMain.run("streaming", () -> new StreamingBenchmark(StreamingOptions.parse(args)).run());
  }

  /** One measured phase: which server, what load, how many connections, what came out. */
  record Phase(String target, Load load, int connections, Wrk.Run run, CpuMeter.Use cpu) {}

  private void run() throws Exception {
    for (Path tool : List.of(Nginx.BINARY, Wrk.BINARY)) {
      if (!Files.isExecutable(tool)) {
        throw new BenchmarkFailure(tool + " is missing (bench/streaming.sh installs nginx and wrk with apt-get)");
      }
    }
    List<Phase> phases = Servers.measure(options.home(), options.work(), this::measure);
    print(phases);
  }

  private List<Phase> measure(Servers servers) throws Exception {
    servers.startAll(progress);

    var api = new PolicyApi(servers.apiUrl(), servers.tokenUrl());
    String token = api.token("trainer");
    long size = options.megabytes() * 1_000_000L;
    Path video = generate(options.work().resolve("video.mp4"), size);
    var seeded = MediaSeed.seed(video, servers.wildflyBaseDir().resolve("data/zhixing-content"), servers.appLogin());
    progress.say("stored %d MB as asset %s at %s", options.megabytes(), seeded.assetId(), seeded.blob());
    String media = mediaUrl(servers.apiUrl(), token, seeded.assetId());
    Path blob = seeded.blob();

    try (var nginx = Nginx.start(options.work().resolve("nginx"), blob, freePort())) {
      byte[] expected = Files.readAllBytes(video);
      checkRanges("wildfly", media, expected);
      checkRanges("nginx", nginx.url(), expected);
      progress.say("both answer ranges byte for byte; measuring %s per phase after %s of warm-up",
          options.phase().toSeconds() + " s", options.warmUp().toSeconds() + " s");
      var cpu = new CpuMeter(() -> {
        var roots = new ArrayList<ProcessHandle>();
        roots.add(ProcessHandle.current());
        servers.postgres().ifPresent(roots::add);
        roots.addAll(nginx.processes());
        return roots;
      });
      var wrk = new Wrk(options.work().resolve("wrk"));
      List<Phase> phases = new ArrayList<>();
      for (var target : List.of(new Target("wildfly", media), new Target("nginx", nginx.url()))) {
        wrk.run(target.url(), Load.RANGES, size, 64, options.warmUp());
        for (Load load : Load.values()) {
          for (int connections : options.connections()) {
            var before = cpu.read();
            Wrk.Run run = wrk.run(target.url(), load, size, connections, options.phase());
            Phase phase = new Phase(target.name(), load, connections, run, before.until(cpu.read()));
            progress.say("%-7s %-6s %5d connections: %8.1f MB/s, %d errors", target.name(), load, connections,
                run.megabytesPerSecond(), run.errors());
            phases.add(phase);
          }
        }
      }
      return phases;
    }
  }

  private record Target(String name, String url) {}

  /** A file of random bytes (a fixed seed: the same file every run), written in 1 MB blocks. */
  private static Path generate(Path file, long size) throws IOException {
    Random random = new Random(20261125L);
    byte[] block = new byte[1_000_000];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += block.length) {
        random.nextBytes(block);
        out.write(block, 0, (int) Math.min(block.length, size - written));
      }
    }
    return file;
  }

  /** The signed URL, pointed at 127.0.0.1 (WildFly listens there; "localhost" may resolve to ::1 first). */
  private static String mediaUrl(String apiUrl, String token, String assetId) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(apiUrl + "/assets/" + assetId + "/media-url"))
        .header("Authorization", "Bearer " + token)
        .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    Matcher url = URL.matcher(response.body());
    if (response.statusCode() != 200 || !url.find()) {
      throw new BenchmarkFailure("media-url answered HTTP " + response.statusCode() + " " + response.body());
    }
    return url.group(1).replace("://localhost:", "://127.0.0.1:");
  }

  /** A few ranges and the whole file, compared byte for byte, so that the load measures correct answers. */
  private static void checkRanges(String name, String url, byte[] expected) throws IOException, InterruptedException {
    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      int first = random.nextInt(expected.length - (int) Wrk.MIB);
      int last = first + (int) Wrk.MIB - 1;
      var response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=" + first + "-" + last).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 206 || !Arrays.equals(response.body(), Arrays.copyOfRange(expected, first, last + 1))) {
        throw new BenchmarkFailure(name + " answered bytes=" + first + "-" + last + " with HTTP " + response.statusCode()
            + " and " + response.body().length + " bytes that are not the file's");
      }
    }
    var whole = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (whole.statusCode() != 200 || !Arrays.equals(whole.body(), expected)) {
      throw new BenchmarkFailure(name + " did not send the whole file (HTTP " + whole.statusCode() + ")");
    }
  }

  private void print(List<Phase> phases) {
    out.println();
    out.println(Report.line("%-8s %-7s %6s %9s %9s %9s %8s %8s %8s %6s %5s %6s %6s", "server", "load", "conns",
        "requests", "MB/s", "req/s", "p50 ms", "p99 ms", "KiB/req", "errors", "cpu", "client", "others"));
    for (Phase p : phases) {
      Wrk.Run r = p.run();
      out.println(Report.line("%-8s %-7s %6d %9d %9.1f %9.1f %8.1f %8.1f %8.0f %6d %5.2f %6.2f %6.2f", p.target(),
          p.load().name().toLowerCase(java.util.Locale.ROOT), p.connections(), r.requests(), r.megabytesPerSecond(),
          r.requestsPerSecond(), r.p50Micros() / 1e3, r.p99Micros() / 1e3, r.requests() == 0 ? 0 : r.bytes() / 1024.0 / r.requests(),
          r.errors(), p.cpu().own(), p.cpu().client(), p.cpu().others()));
    }
    out.println();
    Phase weakest = null;
    double weakestRatio = Double.MAX_VALUE;
    for (Phase p : phases.stream().filter(p -> p.target().equals("wildfly")).toList()) {
      Phase reference = phases.stream()
          .filter(q -> q.target().equals("nginx") && q.load() == p.load() && q.connections() == p.connections())
          .findFirst().orElseThrow();
      double ratio = p.run().megabytesPerSecond() / reference.run().megabytesPerSecond();
      out.println(Report.line("%-7s at %5d connections: %.2f × nginx %s", p.load().name().toLowerCase(java.util.Locale.ROOT),
          p.connections(), ratio, ratio >= TARGET_RATIO && p.run().errors() == 0 ? "(met)" : "(MISSED)"));
      if (ratio < weakestRatio) {
        weakestRatio = ratio;
        weakest = p;
      }
    }
    double others = phases.stream().mapToDouble(p -> p.cpu().others()).filter(d -> !Double.isNaN(d)).max().orElse(0);
    if (others > 0.1) {
      notes.add(Report.line("other work on the machine took up to %.2f cores during a phase: figures are lower and"
          + " noisier than on an idle machine", others));
    }
    long errors = phases.stream().mapToLong(p -> p.run().errors()).sum();
    if (errors > 0) {
      notes.add(errors + " errors (socket errors or answers ≥ 400) in all phases");
    }
    notes.forEach(note -> out.println("note: " + note));
    progress.say("total %s", Progress.since(begun));
    Phase w = weakest;
    Phase n = phases.stream()
        .filter(q -> q.target().equals("nginx") && q.load() == w.load() && q.connections() == w.connections())
        .findFirst().orElseThrow();
    // The summary is the weakest phase: the target has to hold for every load, not on average.
    out.println(Report.line("streaming: %.1f MB/s (%.2f × nginx %.1f MB/s)", w.run().megabytesPerSecond(), weakestRatio,
        n.run().megabytesPerSecond()));
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
