package org.zhixing.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The benchmark's table and its one summary line. */
final class Report {

  static final double TARGET_P50_MS = 10;
  static final double TARGET_P99_MS = 50;

  private Report() {}

  static void table(PrintStream out, List<Latencies> phases) {
    out.println(line("%-12s %7s %9s %8s %8s %8s %8s %8s %6s %5s %6s %6s", "phase", "clients", "requests", "p50 ms",
        "p90 ms", "p99 ms", "max ms", "req/s", "errors", "cpu", "client", "others"));
    for (Latencies l : phases) {
      out.println(line("%-12s %7d %9d %8.1f %8.1f %8.1f %8.1f %8.1f %6d %5.2f %6.2f %6.2f",
          l.phase(), l.clients(), l.requests(), l.percentileMillis(50), l.percentileMillis(90),
          l.percentileMillis(99), l.maxMillis(), l.perSecond(), l.errors(), l.cpu().own(), l.cpu().client(),
          l.cpu().others()));
    }
  }

  /** Whether an API phase meets the targets (p50 ≤ 10 ms, p99 ≤ 50 ms), in words. */
  static String verdict(Latencies api) {
    boolean p50 = api.percentileMillis(50) <= TARGET_P50_MS;
    boolean p99 = api.percentileMillis(99) <= TARGET_P99_MS;
    return line("%d client%s: p50 %.1f ms %s %.0f, p99 %.1f ms %s %.0f → %s",
        api.clients(), api.clients() == 1 ? "" : "s",
        api.percentileMillis(50), p50 ? "≤" : ">", TARGET_P50_MS,
        api.percentileMillis(99), p99 ? "≤" : ">", TARGET_P99_MS,
        p50 && p99 && api.errors() == 0 ? "met" : "MISSED");
  }

  /** {@code search: 23.4 ms p99 (1.9 × bare Lucene 12.3 ms)}: API p99, 8 clients, against bare Lucene, 8 threads. */
  static String summary(Latencies api, Latencies lucene) {
    double figure = api.percentileMillis(99);
    double reference = lucene.percentileMillis(99);
    return line("search: %.1f ms p99 (%.1f × bare Lucene %.1f ms)", figure, figure / reference, reference);
  }

  static String mebibytes(long bytes) {
    return line("%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  /** The first 300 characters of a text (an answer's body in an error message). */
  static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  static String line(String format, Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
