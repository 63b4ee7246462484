package org.zhixing.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The search benchmark's settings, from its command line.
 *
 * @param home the repository root: where {@code server/target} and {@code ear/target} are
 * @param work the scratch folder; deleted and created again at the start
 * @param documents how many generated documents go into the library besides the demo ones
 * @param seed the corpus generator's seed
 * @param phase how long each measured phase should take; the request count is chosen from a short trial
 * @param warmUp how long the queries run before anything is measured
 */
record Options(Path home, Path work, int documents, long seed, Duration phase, Duration warmUp) {

  static final String USAGE =
      "usage: bench/search.sh [--docs N (100000)] [--seed S (20240501)] [--seconds PER_PHASE (25)] [--warmup S (15)]"
          + " [--work DIR (bench/target/work)]";

  static Options parse(String[] args) {
    Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
    Path work = home.resolve("bench/target/work");
    int documents = 100_000;
    long seed = 20240501L;
    int seconds = 25;
    int warmUp = 15;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("-h") || name.equals("--help")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (!List.of("--docs", "--seed", "--seconds", "--warmup", "--work").contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--docs" -> documents = positive(name, value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--seconds" -> seconds = positive(name, value);
        case "--warmup" -> warmUp = positive(name, value);
        case "--work" -> work = Path.of(value).toAbsolutePath().normalize();
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    return new Options(home, work, documents, seed, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp));
  }

  private static int positive(String name, String value) {
    try {
      int number = Integer.parseInt(value.replace("_", ""));
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive number, not '" + value + "'");
  }
}
