package org.zhixing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How much CPU a phase got, how much of it the load generator took, and how much went to other work on the machine:
 * the machine's busy time from {@code /proc/stat} against the time of the benchmark's own processes (this JVM and its
 * children, WildFly and Keycloak among them, plus PostgreSQL and its backends). The load generator is this JVM's own
 * threads and the children it ran to the end (wrk), whose time the kernel adds to this JVM's once they are reaped — a
 * tool that finished before the reading would otherwise count as other work. On a 2-core machine the clients share the
 * cores with the servers, so the client figure says how much of the machine the servers did not get; on a shared
 * machine the others figure says whether a result can be trusted. Linux only; elsewhere the figures are NaN.
 */
final class CpuMeter {

  /**
   * CPU use over a phase, in cores (2.0 = both cores of a 2-core machine all the time): the benchmark's processes
   * together, the load generator's part of that, and other work. The client figure holds for phases in which no
   * server is stopped (a server reaped by this JVM would add its whole life to the client's time).
   */
  record Use(double own, double client, double others) {
    static final Use UNKNOWN = new Use(Double.NaN, Double.NaN, Double.NaN);
  }

  private final Supplier<List<ProcessHandle>> roots;

  /** @param roots the processes whose trees are the benchmark's own, asked at each reading */
  CpuMeter(Supplier<List<ProcessHandle>> roots) {
    this.roots = roots;
  }

  /** A reading now; {@link Reading#until} another one gives the use in between. */
  Reading read() {
    long[] machine = machine();
    return new Reading(machine[0], machine[1], own(), jiffiesOf(ProcessHandle.current().pid()));
  }

  record Reading(long busy, long total, long own, long client) {

    Use until(Reading later) {
      long total = later.total - this.total;
      if (this.total < 0 || later.total < 0 || total <= 0) {
        return Use.UNKNOWN;
      }
      int cores = Runtime.getRuntime().availableProcessors();
      long own = Math.max(0, later.own - this.own);
      long client = Math.max(0, later.client - this.client);
      long others = Math.max(0, (later.busy - this.busy) - own);
      return new Use(cores * (double) own / total, cores * (double) client / total, cores * (double) others / total);
    }
  }

  /** Busy and total jiffies of all cores together; -1 when unknown. */
  private static long[] machine() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...
      long busy = 0;
      long total = 0;
      for (int i = 1; i < Math.min(cpu.length, 9); i++) {
        long value = Long.parseLong(cpu[i]);
        total += value;
        if (i != 4 && i != 5) {
          busy += value;
        }
      }
      return new long[] {busy, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {-1, -1};
    }
  }

  /** Jiffies of the benchmark's processes and all their descendants, the reaped ones included. */
  private long own() {
    Set<Long> pids = new HashSet<>();
    for (ProcessHandle root : roots.get()) {
      pids.add(root.pid());
      root.descendants().forEach(child -> pids.add(child.pid()));
    }
    long jiffies = 0;
    for (long pid : pids) {
      jiffies += jiffiesOf(pid);
    }
    return jiffies;
  }

  /**
   * User and system jiffies of a process, with those of its children that ended and were waited for (a child is
   * counted either alive, under its own pid, or reaped, in its parent's figure: never twice).
   */
  private static long jiffiesOf(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // the command name in parentheses may contain spaces; the fields after it are numbered from 3:
      // utime, stime, cutime, cstime are fields 14-17
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
          + Long.parseLong(fields[14]);
    } catch (IOException | RuntimeException e) {
      return 0; // gone meanwhile, or no /proc
    }
  }
}
