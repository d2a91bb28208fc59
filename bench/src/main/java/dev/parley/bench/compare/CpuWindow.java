package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Samples the CPU time of one or more server processes (the s2s workload's two) when a load run's
 * measured window opens and closes.
 */
final class CpuWindow implements LoadRun.WindowListener {
  private final long[] pids;
  private volatile ProcStats[] opened;
  private volatile ProcStats[] closed;

  CpuWindow(long... pids) {
    this.pids = pids.clone();
  }

  @Override
  public void opened() {
    opened = sample();
  }

  @Override
  public void closed() {
    closed = sample();
  }

  private ProcStats[] sample() {
    ProcStats[] stats = new ProcStats[pids.length];
    for (int i = 0; i < pids.length; i++) {
      try {
        stats[i] = ProcStats.read(pids[i]);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read /proc/" + pids[i], e);
      }
    }
    return stats;
  }

  /** CPU seconds the servers used together inside the window; 0 if it never closed. */
  double seconds() {
    ProcStats[] first = opened;
    ProcStats[] last = closed;
    if (first == null || last == null) {
      return 0;
    }
    return sum(first, last);
  }

  private static double sum(ProcStats[] first, ProcStats[] last) {
    double total = 0;
    for (int i = 0; i < first.length; i++) {
      total += last[i].cpuSecondsSince(first[i]);
    }
    return total;
  }
}
