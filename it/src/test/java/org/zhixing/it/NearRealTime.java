package org.zhixing.it;

import java.util.function.BooleanSupplier;

/** The search index is near real time: a change must show within a second. Tests poll for it, no longer. */
final class NearRealTime {

  private NearRealTime() {}

  static boolean withinASecond(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.onSpinWait();
    }
    return true;
  }
}
