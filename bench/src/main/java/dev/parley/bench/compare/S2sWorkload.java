package dev.parley.bench.compare;

import dev.parley.bench.load.Endpoint;
import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.RunSettings;
import dev.parley.bench.load.Summary;
import dev.parley.bench.load.Topology;
import dev.parley.testkit.peers.SecurityMode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * {@code s2s}: both directions of a federation link at once, as the orientation figure
 * ("7,400 msg/s both directions together"): {@code chatPairs} senders on server A write to as many
 * receivers on server B while as many other senders on B write to receivers on A, so every message
 * crosses a server-to-server stream. First a closed loop (32 in flight per sender) for the maximum
 * delivered rate, both directions added up; then an open loop at {@code chatRate} in all ({@code
 * chatRate / 2} each way) for the p99 latency, the worse direction's. CPU per 1,000 is both
 * servers' together. Each metric names the link's security mode.
 *
 * <p>Before either window opens, every sender of both directions sends one message and the run
 * waits until all have arrived: the first message to a domain pays for DNS, connect, TLS and
 * dialback or SASL EXTERNAL, which is not the throughput being measured, and a window that opened
 * before the stream was up counted nothing.
 */
final class S2sWorkload {
  /** The workload's name on the command line. */
  static final String NAME = "s2s";

  private static final Duration ESTABLISH_TIMEOUT = Duration.ofSeconds(60);

  private S2sWorkload() {}

  /** The rate metric's name for {@code mode} (the key of its report table). */
  static String maxMetric(SecurityMode mode) {
    return "s2s msg/s both directions (max, " + label(mode) + ")";
  }

  /** The latency metric's name for {@code mode} at {@code rate} messages per second in all. */
  static String p99Metric(SecurityMode mode, double rate) {
    return "s2s p99 ms at " + (long) rate + " msg/s both directions (" + label(mode) + ")";
  }

  /** How the report names a link's security mode. */
  static String label(SecurityMode mode) {
    return switch (mode) {
      case NO_TLS -> "dialback, no TLS";
      case TLS_OPTIONAL -> "TLS optional";
      case TLS_REQUIRED -> "TLS required, strict certificates";
    };
  }

  /** How many accounts each server needs: one range per direction. */
  static int accounts(int pairs) {
    return 2 * pairs;
  }

  static List<Result> run(FederatedServers servers, SecurityMode mode, Workload.Context context)
      throws IOException, InterruptedException {
    int pairs = context.sizes().chatPairs();
    Endpoint a = servers.a().c2s();
    Endpoint b = servers.b().c2s();
    // A's load0.. send to B's load0..; B's load<pairs>.. send to A's load<pairs>..
    S2sBothWays link =
        new S2sBothWays(
            context.side(a, 0, pairs),
            context.side(b, 0, pairs),
            context.side(b, pairs, pairs),
            context.side(a, pairs, pairs));
    establish(new Topology.Pairs(link.aSenders(), link.bReceivers()), pairs);
    establish(new Topology.Pairs(link.bSenders(), link.aReceivers()), pairs);
    CpuWindow maxCpu = new CpuWindow(servers.a().pid(), servers.b().pid());
    S2sBothWays.Both max = link.run("s2s-max", context.runSettings(0), maxCpu);
    double rate = context.sizes().chatRate();
    CpuWindow fixedCpu = new CpuWindow(servers.a().pid(), servers.b().pid());
    S2sBothWays.Both fixed = link.run("s2s-fixed", context.runSettings(rate / 2), fixedCpu);
    return List.of(
        result(maxMetric(mode), true, max.receivedPerSecond(), max, maxCpu),
        result(p99Metric(mode, rate), false, fixed.p99(), fixed, fixedCpu));
  }

  private static Result result(
      String metric, boolean higherIsBetter, double value, S2sBothWays.Both both, CpuWindow cpu) {
    return new Result(
        metric,
        higherIsBetter,
        value,
        both.lost(),
        both.errors(),
        cpu.seconds(),
        both.receivedInWindow());
  }

  /** One message per sender, waited for: the server-to-server streams are up afterwards. */
  private static void establish(Topology topology, int pairs)
      throws IOException, InterruptedException {
    RunSettings once =
        new RunSettings(pairs, Duration.ZERO, Duration.ofSeconds(1), ESTABLISH_TIMEOUT, 1, 100, 16);
    Summary first = new LoadRun("s2s-establish", topology, once).run();
    if (first.received() < first.expected() || first.errors() > 0) {
      throw new IOException(
          "federation did not come up within "
              + ESTABLISH_TIMEOUT.toSeconds()
              + " s: "
              + first.received()
              + " of "
              + first.expected()
              + " first messages arrived, "
              + first.errors()
              + " errors");
    }
  }
}
