package dev.parley.bench.load;

import java.io.PrintWriter;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The result of one run.
 *
 * @param scenario {@code c2s} or {@code federation}
 * @param senders sending connections
 * @param receivers receiving connections
 * @param targetRate messages per second asked for; 0 for maximum throughput
 * @param warmupSeconds warm-up before the measured window
 * @param seconds the measured window
 * @param sent every message sent, warm-up included
 * @param expected copies the receivers should have got ({@code sent × copies})
 * @param received distinct copies received
 * @param lost {@code expected - received}: must be 0
 * @param duplicates copies received more than once
 * @param errors error stanzas (bounces) received by anyone
 * @param disconnects connections dropped during the run
 * @param sentPerSecond messages sent inside the measured window per second
 * @param receivedPerSecond copies that arrived inside the window per second: below {@code
 *     sentPerSecond × copies} when the servers fall behind and queue
 * @param latency end-to-end latency of the messages sent inside the window
 */
public record Summary(
    String scenario,
    int senders,
    int receivers,
    double targetRate,
    double warmupSeconds,
    double seconds,
    long sent,
    long expected,
    long received,
    long lost,
    long duplicates,
    long errors,
    long disconnects,
    double sentPerSecond,
    double receivedPerSecond,
    Latency latency) {

  /**
   * Latency percentiles in milliseconds.
   *
   * @param count messages timed
   */
  public record Latency(
      long count, double mean, double p50, double p90, double p99, double p999, double max) {

    /** Reads the percentiles of a histogram of microseconds. */
    public static Latency of(Histogram micros) {
      if (micros.getTotalCount() == 0) {
        return new Latency(0, 0, 0, 0, 0, 0, 0);
      }
      return new Latency(
          micros.getTotalCount(),
          micros.getMean() / 1000.0,
          micros.getValueAtPercentile(50) / 1000.0,
          micros.getValueAtPercentile(90) / 1000.0,
          micros.getValueAtPercentile(99) / 1000.0,
          micros.getValueAtPercentile(99.9) / 1000.0,
          micros.getMaxValue() / 1000.0);
    }
  }

  /** Whether nothing was lost, duplicated, bounced or disconnected. */
  public boolean clean() {
    return lost == 0 && duplicates == 0 && errors == 0 && disconnects == 0;
  }

  /** Prints the summary for a terminal. */
  public void print(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s: %d senders -> %d receivers, %s, warm-up %.0f s, measured %.1f s%n",
        scenario,
        senders,
        receivers,
        targetRate == 0
            ? "max throughput"
            : String.format(Locale.ROOT, "%.0f msg/s target", targetRate),
        warmupSeconds,
        seconds);
    out.printf(
        Locale.ROOT,
        "  throughput  sent %.1f msg/s, received %.1f msg/s%n",
        sentPerSecond,
        receivedPerSecond);
    out.printf(
        Locale.ROOT,
        "  messages    sent %d, expected %d, received %d, lost %d, duplicates %d, errors %d,"
            + " disconnects %d%n",
        sent,
        expected,
        received,
        lost,
        duplicates,
        errors,
        disconnects);
    out.printf(
        Locale.ROOT,
        "  latency ms  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f  (n=%d)%n",
        latency.p50,
        latency.p90,
        latency.p99,
        latency.p999,
        latency.max,
        latency.mean,
        latency.count);
    out.println(
        clean()
            ? "  result      OK: nothing lost"
            : "  result      FAILED: messages lost or bounced");
    out.flush();
  }

  /** The summary as one JSON object (field names as in this record). */
  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"scenario\":\"%s\",\"senders\":%d,\"receivers\":%d,\"targetRate\":%.1f,"
            + "\"warmupSeconds\":%.1f,\"seconds\":%.3f,\"sent\":%d,\"expected\":%d,\"received\":%d,"
            + "\"lost\":%d,\"duplicates\":%d,\"errors\":%d,\"disconnects\":%d,"
            + "\"sentPerSecond\":%.1f,\"receivedPerSecond\":%.1f,\"latencyMs\":{\"count\":%d,"
            + "\"mean\":%.3f,\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"max\":%.3f}}",
        scenario.replace("\\", "\\\\").replace("\"", "\\\""),
        senders,
        receivers,
        targetRate,
        warmupSeconds,
        seconds,
        sent,
        expected,
        received,
        lost,
        duplicates,
        errors,
        disconnects,
        sentPerSecond,
        receivedPerSecond,
        latency.count,
        latency.mean,
        latency.p50,
        latency.p90,
        latency.p99,
        latency.p999,
        latency.max);
  }
}
