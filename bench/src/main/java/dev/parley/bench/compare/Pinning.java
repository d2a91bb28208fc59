package dev.parley.bench.compare;

import java.io.IOException;

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
}
