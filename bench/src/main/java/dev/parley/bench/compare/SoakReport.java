package dev.parley.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a soak measured, with the per-session figures derived from it, as a table for people and as
 * JSON for tools.
 *
 * @param sessions sessions asked for
 * @param loggedIn sessions that logged in
 * @param rampSeconds seconds the ramp-up took
 * @param baselineHeap the server's heap after a full GC, before any login
 * @param baselineRssKib the server's RSS before any login
 * @param samples the readings during the hold, first to last
 * @param ping the answers to the closing pings
 * @param drops sessions that dropped while held
 * @param lastDropCause why the last one dropped ({@code ""} when none did)
 * @param conditions lines about the run: date, commit, JDK, flags, settings
 */
record SoakReport(
    int sessions,
    int loggedIn,
    double rampSeconds,
    HeapInfo baselineHeap,
    long baselineRssKib,
    List<SoakSample> samples,
    SoakSessions.PingResult ping,
    long drops,
    String lastDropCause,
    List<String> conditions) {
  private static final double MIB = 1024.0 * 1024.0;

  SoakReport {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("a soak report needs at least one reading");
    }
    samples = List.copyOf(samples);
    conditions = List.copyOf(conditions);
  }

  /** Whether every session logged in, none dropped and every ping was answered. */
  boolean clean() {
    return loggedIn == sessions && drops == 0 && ping.answered() == ping.sent();
  }

  /** Logins per second during the ramp-up. */
  double loginRate() {
    return rampSeconds > 0 ? loggedIn / rampSeconds : 0;
  }

  /** The last reading taken after a full GC (the first reading always is one). */
  SoakSample lastCollected() {
    return samples.reversed().stream().filter(SoakSample::collected).findFirst().orElseThrow();
  }

  /** Heap growth after GC per session, from before the logins to the last collected reading. */
  double heapKibPerSession() {
    return (lastCollected().heap().usedBytes() - baselineHeap.usedBytes()) / 1024.0 / loggedIn;
  }

  /** RSS growth per session, from before the logins to the last reading. */
  double rssKibPerSession() {
    return (samples.getLast().serverRssKib() - baselineRssKib) / (double) loggedIn;
  }

  /**
   * RSS growth per session outside the committed Java heap (native TLS state, direct buffers,
   * sockets' JVM side): ZGC commits and uncommits heap over minutes, which moves the raw RSS by
   * hundreds of MiB independently of the sessions.
   */
  double offHeapRssKibPerSession() {
    SoakSample last = samples.getLast();
    long before = baselineRssKib - (baselineHeap.committedBytes() >> 10);
    long after = last.serverRssKib() - (last.heap().committedBytes() >> 10);
    return (after - before) / (double) loggedIn;
  }

  /** The most heap the server had committed at any reading. */
  long maxCommittedBytes() {
    return samples.stream().mapToLong(s -> s.heap().committedBytes()).max().orElse(0);
  }

  /**
   * The median of the server's CPU over the intervals that did not follow a forced GC (the GC's own
   * work lands in the interval after it), in percent of one core.
   */
  double idleCpuPercent() {
    List<Double> quiet = new ArrayList<>();
    for (int i = 1; i < samples.size(); i++) {
      if (!samples.get(i - 1).collected()) {
        quiet.add(samples.get(i).serverCpuPercent());
      }
    }
    if (quiet.isEmpty()) {
      samples.stream().skip(1).forEach(s -> quiet.add(s.serverCpuPercent()));
    }
    if (quiet.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = quiet.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  /** The summary and one row per reading, for the terminal. */
  String table() {
    StringBuilder out = new StringBuilder();
    conditions.forEach(c -> out.append(c).append('\n'));
    out.append(
        f(
            "sessions %d of %d logged in, ramp-up %.1f s (%.1f logins/s); dropped while held %d;"
                + " pings answered %d of %d (slowest %.0f ms)%n",
            loggedIn,
            sessions,
            rampSeconds,
            loginRate(),
            drops,
            ping.answered(),
            ping.sent(),
            ping.slowestMillis()));
    if (drops > 0) {
      out.append("last drop: ").append(lastDropCause).append('\n');
    }
    out.append(
        f(
            "server heap after GC %.1f MiB (%.1f MiB before logins): %.2f KiB/session; committed"
                + " at most %.1f MiB; RSS %.1f KiB/session, outside the committed heap %.1f"
                + " KiB/session; idle CPU %.1f %% of a core%n",
            lastCollected().heap().usedBytes() / MIB,
            baselineHeap.usedBytes() / MIB,
            heapKibPerSession(),
            maxCommittedBytes() / MIB,
            rssKibPerSession(),
            offHeapRssKibPerSession(),
            idleCpuPercent()));
    out.append(
        f(
            "%8s %10s %9s %10s %3s %10s %8s %9s%n",
            "t s", "connected", "heap MiB", "commit MiB", "GC", "RSS MiB", "CPU %", "tool MiB"));
    for (SoakSample s : samples) {
      out.append(
          f(
              "%8.0f %10d %9.1f %10.1f %3s %10.1f %8.1f %9.1f%n",
              s.seconds(),
              s.connected(),
              s.heap().usedBytes() / MIB,
              s.heap().committedBytes() / MIB,
              s.collected() ? "yes" : "",
              s.serverRssKib() / 1024.0,
              s.serverCpuPercent(),
              s.toolRssKib() / 1024.0));
    }
    return out.toString();
  }

  /** The same as one JSON object (numbers in bytes, KiB and seconds as named). */
  String json() {
    String rows =
        samples.stream()
            .map(
                s ->
                    f(
                        "{\"seconds\":%.1f,\"connected\":%d,\"heapUsedBytes\":%d,"
                            + "\"heapCommittedBytes\":%d,\"afterGc\":%b,\"serverRssKib\":%d,"
                            + "\"serverCpuPercent\":%s,\"toolRssKib\":%d}",
                        s.seconds(),
                        s.connected(),
                        s.heap().usedBytes(),
                        s.heap().committedBytes(),
                        s.collected(),
                        s.serverRssKib(),
                        number(s.serverCpuPercent()),
                        s.toolRssKib()))
            .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
    String lines =
        conditions.stream().map(SoakReport::quote).collect(Collectors.joining(", ", "[", "]"));
    return f(
        "{%n  \"sessions\": %d,%n  \"loggedIn\": %d,%n  \"rampSeconds\": %.2f,%n"
            + "  \"loginsPerSecond\": %.2f,%n  \"drops\": %d,%n  \"pingsSent\": %d,%n"
            + "  \"pingsAnswered\": %d,%n  \"heapKibPerSession\": %.3f,%n"
            + "  \"rssKibPerSession\": %.3f,%n  \"offHeapRssKibPerSession\": %.3f,%n"
            + "  \"heapAfterGcBytes\": %d,%n"
            + "  \"baselineHeapBytes\": %d,%n  \"maxCommittedBytes\": %d,%n"
            + "  \"idleCpuPercent\": %s,%n  \"clean\": %b,%n  \"conditions\": %s,%n"
            + "  \"samples\": %s%n}%n",
        sessions,
        loggedIn,
        rampSeconds,
        loginRate(),
        drops,
        ping.sent(),
        ping.answered(),
        heapKibPerSession(),
        rssKibPerSession(),
        offHeapRssKibPerSession(),
        lastCollected().heap().usedBytes(),
        baselineHeap.usedBytes(),
        maxCommittedBytes(),
        number(idleCpuPercent()),
        clean(),
        lines,
        rows);
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "null";
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
