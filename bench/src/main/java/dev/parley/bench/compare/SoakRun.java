package dev.parley.bench.compare;

import dev.parley.bench.load.Side;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One soak against a started server: the heap and RSS before any login, the ramp-up, the hold with
 * a reading every interval, and the closing pings. The server is any {@link BenchServer} that is a
 * JVM ({@code jcmd} reads its heap): Parley, or the self-test's echo endpoint in tests.
 *
 * @param server the server, already holding the accounts of {@code side}
 * @param side the accounts to log in and how
 * @param settings sizes and times
 * @param out where progress and readings are printed as they come
 */
record SoakRun(BenchServer server, Side side, SoakSettings settings, PrintWriter out) {
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
  private static final Duration PING_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Runs the soak and returns what it measured; {@code conditions} go into the report as they are.
   *
   * @throws IOException when the ramp-up fails (the message says after how many sessions)
   */
  SoakReport run(List<String> conditions) throws IOException, InterruptedException {
    long pid = server.pid();
    HeapInfo baselineHeap = HeapInfo.read(pid, true);
    long baselineRss = ProcStats.read(pid).rssKib();
    print(
        "before logins: heap after GC %.1f MiB, RSS %.1f MiB",
        baselineHeap.usedBytes() / 1048576.0, baselineRss / 1024.0);
    try (SoakSessions sessions = rampUp()) {
      print(
          "%d sessions logged in in %.1f s (%.1f logins/s); holding for %s",
          sessions.size(),
          sessions.rampSeconds(),
          sessions.size() / sessions.rampSeconds(),
          settings.hold());
      sessions.keepAlive(settings.keepalive());
      List<SoakSample> samples = hold(sessions);
      SoakSessions.PingResult ping = sessions.ping(settings.pingSample(), PING_TIMEOUT);
      print("pings answered: %d of %d", ping.answered(), ping.sent());
      return new SoakReport(
          settings.sessions(),
          sessions.size(),
          sessions.rampSeconds(),
          baselineHeap,
          baselineRss,
          samples,
          ping,
          sessions.drops(),
          sessions.lastDropCause(),
          conditions);
    }
  }

  private SoakSessions rampUp() throws IOException, InterruptedException {
    long started = System.nanoTime();
    AtomicLong nextPrint = new AtomicLong(started + PROGRESS_EVERY.toNanos());
    return SoakSessions.rampUp(
        side,
        settings.parallel(),
        settings.maxRamp(),
        count -> {
          long now = System.nanoTime();
          long due = nextPrint.get();
          if (now >= due && nextPrint.compareAndSet(due, now + PROGRESS_EVERY.toNanos())) {
            print(
                "ramp-up: %d of %d logged in (%.1f logins/s)",
                count, settings.sessions(), count / ((now - started) / 1e9));
          }
        });
  }

  /** Readings at 0, one interval, two... up to the hold, on a fixed schedule. */
  private List<SoakSample> hold(SoakSessions sessions) throws IOException, InterruptedException {
    List<SoakSample> samples = new ArrayList<>();
    long pid = server.pid();
    long toolPid = ProcessHandle.current().pid();
    long start = System.nanoTime();
    ProcStats previous = null;
    long previousAt = start;
    int readings = settings.readings();
    for (int i = 0; i <= readings; i++) {
      long due = start + settings.sample().toNanos() * i;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(Duration.ofNanos(wait));
      }
      long at = System.nanoTime();
      // /proc first: the forced GC below then counts in the next interval, which the report's
      // idle CPU figure leaves out.
      ProcStats stats = ProcStats.read(pid);
      double cpu =
          previous == null
              ? Double.NaN
              : 100 * stats.cpuSecondsSince(previous) / ((at - previousAt) / 1e9);
      boolean collect = i == 0 || i == readings || i % settings.gcEvery() == 0;
      HeapInfo heap = HeapInfo.read(pid, collect);
      SoakSample sample =
          new SoakSample(
              (at - start) / 1e9,
              sessions.size() - sessions.drops(),
              heap,
              collect,
              stats.rssKib(),
              cpu,
              ProcStats.read(toolPid).rssKib());
      samples.add(sample);
      print(
          "t=%.0fs connected %d heap %.1f MiB%s committed %.1f MiB RSS %.1f MiB CPU %.1f %%"
              + " tool RSS %.1f MiB",
          sample.seconds(),
          sample.connected(),
          heap.usedBytes() / 1048576.0,
          collect ? " (after GC)" : "",
          heap.committedBytes() / 1048576.0,
          sample.serverRssKib() / 1024.0,
          cpu,
          sample.toolRssKib() / 1024.0);
      previous = stats;
      previousAt = at;
    }
    return samples;
  }

  private void print(String format, Object... args) {
    synchronized (out) {
      out.println(String.format(Locale.ROOT, format, args));
      out.flush();
    }
  }
}
