package dev.parley.testkit.peers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short command-line tool to completion, with a timeout, and returns its output. */
final class Tools {

  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private Tools() {}

  /** The tool's standard output and error; throws with them unless it exits with 0. */
  static String run(List<String> command) {
    Path output = temporaryFile();
    try {
      Process tool =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!tool.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        tool.destroyForcibly();
        throw new PeerException(command + " did not finish within " + TIMEOUT);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      if (tool.exitValue() != 0) {
        throw new PeerException(command + " failed (exit " + tool.exitValue() + "):\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new PeerException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException("interrupted while running " + command, e);
    } finally {
      delete(output);
    }
  }

  /** Whether the tool runs and exits with 0 (for probes whose failure is an answer). */
  static boolean succeeds(List<String> command) {
    try {
      run(command);
      return true;
    } catch (PeerException e) {
      return false;
    }
  }

  /** The installed version of a Debian package, e.g. {@code 0.12.3-1+deb12u1}. */
  static String packageVersion(String debianPackage) {
    return run(List.of("dpkg-query", "-W", "-f", "${Version}", debianPackage)).strip();
  }

  private static Path temporaryFile() {
    try {
      return Files.createTempFile("parley-tool-", ".out");
    } catch (IOException e) {
      throw new PeerException("cannot create a temporary file", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new PeerException("cannot delete " + file, e);
    }
  }
}
