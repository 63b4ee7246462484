package org.zhixing.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the benchmark's queries from a number of client threads at once, each thread one request after the other (a
 * closed loop: a slow answer delays that client's next request). Each client walks the query list from its own
 * starting point, so concurrent clients ask different things.
 */
final class LoadPhase {

  /** One request; false (or an exception) counts as an error, whose latency is not recorded. */
  interface Request {
    boolean send(SearchCase query) throws Exception;
  }

  private final List<SearchCase> cases;
  private final CpuMeter cpu;
  private final Request request;
  private final AtomicReference<String> firstError = new AtomicReference<>();

  LoadPhase(List<SearchCase> cases, CpuMeter cpu, Request request) {
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("no queries");
    }
    this.cases = cases;
    this.cpu = cpu;
    this.request = request;
  }

  /** Runs for about {@code duration} (warm-up, trial) and answers how many requests completed. */
  long runFor(Duration duration, int clients) {
    long end = System.nanoTime() + duration.toNanos();
    var done = new AtomicLong();
    run(clients, client -> {
      int i = start(client, clients);
      while (System.nanoTime() < end) {
        sendQuietly(cases.get(i++ % cases.size()));
        done.incrementAndGet();
      }
    });
    return done.get();
  }

  /**
   * Picks the request count from a trial of {@code trial} and then measures a run of about {@code target}: the same
   * number of requests whatever the machine, but each phase long enough for a stable p99.
   */
  Latencies measure(String phase, int clients, Duration trial, Duration target) {
    long trialCount = runFor(trial, clients);
    double perSecond = trialCount / (trial.toNanos() / 1e9);
    int total = (int) Math.max(clients * 20L, Math.round(perSecond * target.toNanos() / 1e9));
    return measure(phase, clients, total);
  }

  /** Exactly {@code total} requests shared out among {@code clients} threads, every latency recorded. */
  Latencies measure(String phase, int clients, int total) {
    long[][] perClient = new long[clients][];
    var errors = new AtomicLong();
    CpuMeter.Reading before = cpu.read();
    long started = System.nanoTime();
    run(clients, client -> {
      int count = total / clients + (client < total % clients ? 1 : 0);
      long[] nanos = new long[count];
      int recorded = 0;
      int i = start(client, clients);
      for (int n = 0; n < count; n++) {
        long t0 = System.nanoTime();
        boolean ok = sendQuietly(cases.get(i++ % cases.size()));
        long elapsed = System.nanoTime() - t0;
        if (ok) {
          nanos[recorded++] = elapsed;
        } else {
          errors.incrementAndGet();
        }
      }
      perClient[client] = Arrays.copyOf(nanos, recorded);
    });
    long wall = System.nanoTime() - started;
    CpuMeter.Use used = before.until(cpu.read());
    int size = 0;
    for (long[] nanos : perClient) {
      size += nanos.length;
    }
    long[] all = new long[size];
    int at = 0;
    for (long[] nanos : perClient) {
      System.arraycopy(nanos, 0, all, at, nanos.length);
      at += nanos.length;
    }
    return new Latencies(phase, clients, all, wall, errors.get(), used);
  }

  /** The first failure seen, for the report; null if every request succeeded. */
  String firstError() {
    return firstError.get();
  }

  private boolean sendQuietly(SearchCase query) {
    try {
      if (request.send(query)) {
        return true;
      }
      firstError.compareAndSet(null, "unexpected answer to " + query);
    } catch (Exception e) {
      firstError.compareAndSet(null, e + " for " + query);
    }
    return false;
  }

  private int start(int client, int clients) {
    return client * (cases.size() / clients);
  }

  private interface Client {
    void run(int client);
  }

  /** Starts the client threads together and waits for all of them. */
  private static void run(int clients, Client body) {
    var barrier = new CyclicBarrier(clients);
    var threads = new ArrayList<Thread>();
    var failure = new AtomicReference<Throwable>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
        try {
          barrier.await();
          body.run(client);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }));
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a client thread failed", failure.get());
    }
  }
}
