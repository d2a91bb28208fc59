package dev.parley.bench.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How hard and how long a scenario runs, and where its summary goes. */
public final class RunOptions {
  @Option(
      names = "--rate",
      defaultValue = "0",
      description =
          "Total messages per second; 0 = maximum throughput (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--warmup",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description = "Sending before measuring (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--duration",
      defaultValue = "20s",
      converter = DurationConverter.class,
      description = "Measured time (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--drain",
      defaultValue = "15s",
      converter = DurationConverter.class,
      description =
          "Longest wait for messages in flight after sending stops (default: ${DEFAULT-VALUE}).")
  Duration drain;

  @Option(
      names = "--window",
      defaultValue = "32",
      description =
          "Messages in flight per sender at maximum throughput (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--body",
      defaultValue = "100",
      description = "Characters of message body (default: ${DEFAULT-VALUE}).")
  int body;

  @Option(
      names = "--parallel-logins",
      defaultValue = "16",
      description = "Logins in progress at once (default: ${DEFAULT-VALUE}).")
  int parallelLogins;

  @Option(names = "--json", description = "Also write the summary to this file as JSON.")
  Path json;

  RunSettings settings() {
    return new RunSettings(rate, warmup, duration, drain, window, body, parallelLogins);
  }

  /**
   * Runs the scenario, prints the summary, writes the JSON if asked.
   *
   * @return the exit code: 0 when nothing was lost, 1 otherwise
   */
  int runAndReport(String scenario, Topology topology, PrintWriter out)
      throws IOException, InterruptedException {
    Summary summary = new LoadRun(scenario, topology, settings()).run();
    summary.print(out);
    if (json != null) {
      Files.writeString(json, summary.toJson() + "\n", StandardCharsets.UTF_8);
    }
    return summary.clean() ? 0 : 1;
  }
}
