package org.zhixing.bench;

/** An expected way for a benchmark to fail (a server that does not do its part): one line, no stack trace. */
final class BenchmarkFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BenchmarkFailure(String message) {
    super(message);
  }
}
