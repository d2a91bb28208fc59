package dev.parley.bench.compare;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One server process started for a benchmark: pinned to a CPU core with {@code taskset} (which
 * execs the server, so the PID is the server's own), output to a log file, stopped with SIGTERM and
 * then, after 10 s, SIGKILL. Only the process this object started is ever signalled.
 */
final class ServerProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code command} on core {@code core} in {@code directory} with {@code environment}
   * added, output to {@code log}.
   */
  static ServerProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path directory,
      Path log,
      int core)
      throws IOException {
    List<String> pinned = new ArrayList<>(List.of("taskset", "-c", Integer.toString(core)));
    pinned.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(pinned)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new ServerProcess(name, builder.start(), log);
  }

  long pid() {
    return process.pid();
  }

  /** Waits until {@code address} accepts TCP connections, failing with the log's tail. */
  void awaitListening(InetSocketAddress address, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(address, 500);
        return;
      } catch (IOException e) {
        if (!process.isAlive()) {
          throw new IOException(name + " exited (" + process.exitValue() + "):\n" + tail(30), e);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException(name + " did not listen on " + address + ":\n" + tail(30), e);
        }
        pause(Duration.ofMillis(100));
      }
    }
  }

  /** The last {@code lines} lines of the process's output. */
  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
