package org.zhixing.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The streaming benchmark's settings, from its command line.
 *
 * @param home the repository root: where {@code server/target} and {@code ear/target} are
 * @param work the scratch folder; deleted and created again at the start
 * @param megabytes the size of the generated video file
 * @param phase how long each measured phase runs
 * @param warmUp how long each target is loaded before its first measured phase
 * @param connections the connection counts to measure with
 */
record StreamingOptions(Path home, Path work, int megabytes, Duration phase, Duration warmUp, List<Integer> connections) {

  static final String USAGE = "usage: bench/streaming.sh [--mb SIZE (50)] [--seconds PER_PHASE (15)] [--warmup S (5)]"
      + " [--connections 64,1000] [--work DIR (bench/target/work)]";

  static StreamingOptions parse(String[] args) {
    Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
    Path work = home.resolve("bench/target/work");
    int megabytes = 50;
    int seconds = 15;
    int warmUp = 5;
    List<Integer> connections = List.of(64, 1000);
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("-h") || name.equals("--help")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--mb" -> megabytes = positive(name, value);
        case "--seconds" -> seconds = positive(name, value);
        case "--warmup" -> warmUp = positive(name, value);
        case "--connections" -> connections = java.util.Arrays.stream(value.split(",")).map(c -> positive(name, c)).toList();
        case "--work" -> work = Path.of(value).toAbsolutePath().normalize();
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    return new StreamingOptions(home, work, megabytes, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp), connections);
  }

  private static int positive(String name, String value) {
    try {
      int number = Integer.parseInt(value.strip().replace("_", ""));
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
  }
}
