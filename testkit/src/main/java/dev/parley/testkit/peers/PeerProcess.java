package dev.parley.testkit.peers;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One peer server's operating-system process: started with its output in a log file, awaited until
 * its listeners accept connections, and stopped with SIGTERM, then SIGKILL for it and for every
 * descendant still alive after the grace period.
 */
final class PeerProcess {

  private static final Duration GRACE = Duration.ofSeconds(5);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(200);

  private final String name;
  private final Process process;

  private PeerProcess(String name, Process process) {
    this.name = name;
    this.process = process;
  }

  /** Starts {@code command} in {@code directory} with standard output and error to {@code log}. */
  static PeerProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path directory,
      Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(environment);
    try {
      return new PeerProcess(name, builder.start());
    } catch (IOException e) {
      throw new PeerException("cannot run " + name + ": " + command, e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits until every address accepts a TCP connection. Fails at once if the process exits, and
   * after {@code timeout} otherwise; {@code logs} gives the text to put in the failure.
   */
  void awaitListening(List<InetSocketAddress> addresses, Duration timeout, Supplier<String> logs) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (InetSocketAddress address : addresses) {
      while (!accepts(address)) {
        if (!process.isAlive()) {
          throw new PeerException(
              name + " exited with " + process.exitValue() + " while starting\n" + logs.get());
        }
        if (System.nanoTime() > deadline) {
          throw new PeerException(
              name + " did not listen on " + address + " within " + timeout + "\n" + logs.get());
        }
        sleep(POLL);
      }
    }
  }

  /**
   * Registers {@code close} to run if the JVM exits while the peer is still running (a test run
   * interrupted or killed by a timeout), so no server outlives its tests.
   */
  static Thread closeOnJvmExit(Runnable close, String name) {
    Thread hook = new Thread(close, "parley-" + name + "-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** Withdraws a hook of {@link #closeOnJvmExit} once the peer was closed normally. */
  static void forgetOnJvmExit(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Closing from the hook itself: nothing to withdraw.
    }
  }

  /** Sleeps between polls; an interruption fails the start. */
  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException("interrupted while waiting for a peer to start", e);
    }
  }

  /** Stops the process and its descendants; returns once none of them is alive. */
  void stop() {
    List<ProcessHandle> family =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(process.toHandle()), process.descendants())
            .toList();
    process.destroy();
    try {
      if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    // Port helpers (erl_child_setup, inet_gethost) normally die with the VM; make sure.
    for (ProcessHandle member : family) {
      if (member.isAlive()) {
        member.destroyForcibly();
        member
            .onExit()
            .orTimeout(GRACE.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(e -> null)
            .join();
      }
    }
  }

  private static boolean accepts(InetSocketAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) CONNECT_TIMEOUT.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
