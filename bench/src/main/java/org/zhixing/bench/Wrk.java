package org.zhixing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator, the same for both servers: wrk (Debian's package), two threads for the two cores, one
 * connection per simulated player. For range requests a Lua script draws a random 1 MiB window of the file for
 * every request; its {@code done} hook prints the totals in one line that is read back here.
 */
final class Wrk {

  static final Path BINARY = Path.of("/usr/bin/wrk");
  static final long MIB = 1024 * 1024;

  private static final Pattern RESULT = Pattern.compile(
      "RESULT requests=(\\d+) bytes=(\\d+) micros=(\\d+) connect=(\\d+) read=(\\d+) write=(\\d+) status=(\\d+)"
          + " timeout=(\\d+) p50=(\\d+) p99=(\\d+) max=(\\d+)");

  /** What to ask for: whole files, or random 1 MiB ranges of a file of {@code size} bytes. */
  enum Load {
    RANGES,
    WHOLE
  }

  /** One run's totals. Errors are wrk's socket errors plus answers other than 2xx/3xx. */
  record Run(long requests, long bytes, long micros, long errors, long p50Micros, long p99Micros, long maxMicros) {

    double megabytesPerSecond() {
      return bytes / 1e6 / (micros / 1e6);
    }

    double requestsPerSecond() {
      return requests / (micros / 1e6);
    }
  }

  private final Path scripts;

  Wrk(Path scripts) {
    this.scripts = scripts;
  }

  Run run(String url, Load load, long size, int connections, Duration duration) {
    Path script = script(load, size);
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-t", "2", "-c", String.valueOf(connections),
        "-d", duration.toSeconds() + "s", "--timeout", "30s", "-s", script.toString(), url));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      Matcher m = RESULT.matcher(output);
      if (exit != 0 || !m.find()) {
        throw new BenchmarkFailure("wrk failed (exit " + exit + "): " + output.strip());
      }
      long errors = 0;
      for (int group = 4; group <= 8; group++) {
        errors += Long.parseLong(m.group(group));
      }
      return new Run(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), errors,
          Long.parseLong(m.group(9)), Long.parseLong(m.group(10)), Long.parseLong(m.group(11)));
    } catch (IOException e) {
      throw new UncheckedIOException("running wrk failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path script(Load load, long size) {
    String request = load == Load.WHOLE ? "" : """
        local size = %d
        local chunk = %d
        local counter = 0
        setup = function(thread)
          counter = counter + 1
          thread:set("seed", counter)
        end
        init = function(args)
          math.randomseed(seed * 7919 + os.time())
        end
        request = function()
          local first = math.random(0, size - chunk)
          return wrk.format("GET", nil, { ["Range"] = "bytes=" .. first .. "-" .. (first + chunk - 1) })
        end
        """.formatted(size, MIB);
    String done = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT requests=%d bytes=%d micros=%d connect=%d read=%d write=%d status=%d timeout=%d p50=%d p99=%d max=%d\\n",
            summary.requests, summary.bytes, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
            latency:percentile(50), latency:percentile(99), latency.max))
        end
        """;
    try {
      Files.createDirectories(scripts);
      return Files.writeString(scripts.resolve(load.name().toLowerCase(java.util.Locale.ROOT) + ".lua"), request + done);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
