package dev.parley.bench.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Pins the load tool's own JVM (every thread, and the threads they start) to one core. */
final class Pinning {
  private Pinning() {}

  static void pinSelf(int core) throws IOException, InterruptedException {
    Process taskset =
        new ProcessBuilder(
                "taskset",
                "-a",
                "-cp",
                Integer.toString(core),
                Long.toString(ProcessHandle.current().pid()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (taskset.waitFor() != 0) {
      throw new IOException("taskset could not pin the load tool to core " + core);
    }
  }

  /**
   * Pins every thread of an already running process {@code pid} and of its descendants to {@code
   * core} (the testkit starts the peers; a wrapper may have exec'd or forked the server itself).
   */
  static void pinProcess(long pid, int core) throws IOException, InterruptedException {
    List<Long> pids = new ArrayList<>(List.of(pid));
    ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
    for (long each : pids) {
      Process taskset =
          new ProcessBuilder("taskset", "-a", "-cp", Integer.toString(core), Long.toString(each))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (taskset.waitFor() != 0) {
        throw new IOException("taskset could not pin process " + each + " to core " + core);
      }
    }
  }
}
