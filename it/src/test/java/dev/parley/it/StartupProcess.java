package dev.parley.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code dev.parley.node.Main} in a child JVM, as {@code ./parley start} runs it: its standard
 * output is read line by line as it comes, its standard error goes to a file beside the data
 * directory. Closing it always kills the process.
 */
final class StartupProcess implements AutoCloseable {
  private final Process process;
  private final Path stderr;
  private final List<String> lines = new ArrayList<>();
  private boolean outputEnded;

  private StartupProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    Thread reader = new Thread(this::readOutput, "startup-it-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code Main --data <data> --config <config>} with this JVM's binary and classpath. */
  static StartupProcess launch(Path data, Path config) throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseThrow(() -> new IllegalStateException("cannot tell this JVM's java binary"));
    Path stderr = Files.createTempFile("parley-startup-it", ".stderr");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.parley.node.Main",
                "--data",
                data.toString(),
                "--config",
                config.toString())
            .directory(config.getParent().toFile())
            .redirectError(stderr.toFile());
    return new StartupProcess(builder.start(), stderr);
  }

  /** A port on 127.0.0.1 that was free a moment ago. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private void readOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (this) {
          lines.add(line);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the process died; whatever was read is kept
    } finally {
      synchronized (this) {
        outputEnded = true;
        notifyAll();
      }
    }
  }

  /** Waits for a line of standard output that matches; fails with everything seen so far. */
  synchronized String awaitLine(String what, Predicate<String> matcher, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      for (; checked < lines.size(); checked++) {
        if (matcher.test(lines.get(checked))) {
          return lines.get(checked);
        }
      }
      long left = deadline - System.nanoTime();
      if (outputEnded || left <= 0) {
        throw new AssertionError(
            (outputEnded ? "the process ended" : "timed out")
                + " before "
                + what
                + "; output:\n"
                + output());
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }

  /** The standard output lines from the first one matching {@code from} to the one ending it. */
  synchronized List<String> linesBetween(Predicate<String> from, Predicate<String> to) {
    List<String> section = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      inside = inside || from.test(line);
      if (inside) {
        section.add(line);
        if (to.test(line)) {
          break;
        }
      }
    }
    return section;
  }

  /** Everything printed so far, standard output then standard error. */
  synchronized String output() {
    String err;
    try {
      err = Files.readString(stderr);
    } catch (IOException e) {
      err = "(cannot read stderr: " + e + ")";
    }
    return String.join("\n", lines) + "\n--- stderr ---\n" + err;
  }

  /** SIGTERM, then the exit code; fails if the process is still running after {@code timeout}. */
  int terminate(Duration timeout) {
    process.destroy();
    return awaitExit(timeout);
  }

  /** The exit code; fails if the process is still running after {@code timeout}. */
  int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("the process did not exit within " + timeout + "; " + output());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for the process to exit");
    }
  }

  @Override
  public void close() throws IOException {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Files.deleteIfExists(stderr);
  }
}
