package dev.parley.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Versions of the software under test, for the report. */
final class Versions {
  private Versions() {}

  /** The installed version of a Debian package, or {@code ?} when dpkg cannot say. */
  static String debianPackage(String name) {
    return output("dpkg-query", "-W", "-f=${Version}", name);
  }

  /** The first line a command prints, or {@code ?}. */
  static String output(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(10, TimeUnit.SECONDS);
      String first = text.strip().lines().findFirst().orElse("");
      return process.exitValue() == 0 && !first.isEmpty() ? first : "?";
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }
}
