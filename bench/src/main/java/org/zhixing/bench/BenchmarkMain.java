package org.zhixing.bench;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.launcher.LaunchException;

/**
 * How every benchmark's {@code main} ends: the run prints its table and summary line, or one line says why it could
 * not — exit code 2 for a bad option, 1 for a failure (a server that did not start, a wrong answer, a bug).
 */
final class BenchmarkMain {

  /** The embedded PostgreSQL logs every start at INFO; held here so the setting is not collected with the logger. */
  private static final Logger ZONKY = Logger.getLogger("io.zonky");

  /** A benchmark's work, from reading its options to printing its summary. */
  interface Body {
    void run() throws Exception;
  }

  private BenchmarkMain() {}

  static void run(String name, Body body) {
    ZONKY.setLevel(Level.WARNING);
    try {
      body.run();
    } catch (IllegalArgumentException e) {
      System.err.println(name + ": " + e.getMessage());
      System.exit(2);
    } catch (LaunchException | BenchmarkFailure e) {
      System.err.println(name + ": " + e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println(name + ": failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }
}
