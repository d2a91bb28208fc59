package dev.parley.testkit.postgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL tools, as the {@code postgres} OS user when the tests run as root (the server
 * refuses to run as root), and fails with the tool's output when it does not succeed.
 */
final class CommandRunner {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final List<String> prefix;
  private final Path logDirectory;

  private CommandRunner(List<String> prefix, Path logDirectory) {
    this.prefix = prefix;
    this.logDirectory = logDirectory;
  }

  /** Runs commands as the current user. */
  static CommandRunner asCurrentUser(Path logDirectory) {
    return new CommandRunner(List.of(), logDirectory);
  }

  /** Runs commands as {@code user} through {@code runuser} (util-linux); needs root. */
  static CommandRunner as(String user, Path logDirectory) {
    return new CommandRunner(List.of("runuser", "-u", user, "--"), logDirectory);
  }

  /** Runs the command to completion; throws with its output unless it exits with 0. */
  String run(String what, List<String> command) {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(command);
    Path output = logDirectory.resolve(what.replaceAll("[^a-z0-9]+", "-") + ".out");
    try {
      Process process =
          new ProcessBuilder(full)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new PostgresException(what + " did not finish within " + TIMEOUT + ": " + full);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new PostgresException(
            what + " failed (exit " + process.exitValue() + "): " + full + "\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new PostgresException(what + " could not be run: " + full, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PostgresException(what + " was interrupted", e);
    }
  }
}
