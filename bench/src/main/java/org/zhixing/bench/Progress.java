package org.zhixing.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** What a benchmark says while it runs: each line with the time since it began. */
final class Progress {

  private final PrintStream out;
  private final long begun = System.nanoTime();

  Progress(PrintStream out) {
    this.out = out;
  }

  /** A progress line; the summary line is printed apart, so only it starts with the benchmark's name. */
  void say(String format, Object... arguments) {
    out.println(String.format(Locale.ROOT, "[%6.1f s] ", (System.nanoTime() - begun) / 1e9)
        + String.format(Locale.ROOT, format, arguments));
  }

  static String since(long startNanos) {
    return seconds(System.nanoTime() - startNanos);
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  /** Deletes the scratch folder of an earlier run and creates it empty. */
  static void freshDirectory(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
