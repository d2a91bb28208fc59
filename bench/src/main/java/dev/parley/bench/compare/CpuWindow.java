package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Samples a server's CPU time when a load run's measured window opens and closes. */
final class CpuWindow implements LoadRun.WindowListener {
  private final long pid;
  private volatile ProcStats opened;
  private volatile ProcStats closed;

  CpuWindow(long pid) {
    this.pid = pid;
  }

  @Override
  public void opened() {
    opened = sample();
  }

  @Override
  public void closed() {
    closed = sample();
  }

  private ProcStats sample() {
    try {
      return ProcStats.read(pid);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /proc/" + pid, e);
    }
  }

  /** CPU seconds the server used inside the window; 0 if it never closed. */
  double seconds() {
    return opened == null || closed == null ? 0 : closed.cpuSecondsSince(opened);
  }
}
