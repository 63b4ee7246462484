package org.zhixing.bench;

import java.util.Arrays;

/**
 * The latencies of one measured phase, its wall-clock time, and the CPU it used and other work on the machine used
 * meanwhile.
 */
record Latencies(String phase, int clients, long[] nanos, long wallNanos, long errors, CpuMeter.Use cpu) {

  Latencies {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  int requests() {
    return nanos.length;
  }

  /** The nearest-rank percentile in milliseconds ({@code p} from 0 to 100). */
  double percentileMillis(double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * nanos.length);
    return nanos[Math.clamp(rank - 1, 0, nanos.length - 1)] / 1e6;
  }

  double maxMillis() {
    return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
  }

  double perSecond() {
    return nanos.length / (wallNanos / 1e9);
  }
}
