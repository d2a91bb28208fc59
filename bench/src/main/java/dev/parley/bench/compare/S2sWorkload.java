package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.RunSettings;
import dev.parley.bench.load.Summary;
import dev.parley.bench.load.Topology;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * {@code s2s}: {@code chatPairs} senders on server A write to as many receivers on server B, so
 * every message crosses the server-to-server link (one direction). First a closed loop (32 in
 * flight per sender) for the maximum delivered rate, then an open loop at {@code chatRate} for the
 * p99 latency. CPU per 1,000 is both servers' together.
 *
 * <p>Before either window opens, every sender sends one message and the run waits until all have
 * arrived: the first message to a domain pays for DNS, connect, TLS and dialback, which is not the
 * throughput being measured, and a window that opened before the stream was up counted nothing.
 */
final class S2sWorkload {
  /** The workload's name on the command line. */
  static final String NAME = "s2s";

  private static final Duration ESTABLISH_TIMEOUT = Duration.ofSeconds(60);

  private S2sWorkload() {}

  /** The rate metric's name (also the self-test-free key of the report's table). */
  static final String MAX_METRIC = "s2s msg/s A→B (max)";

  static List<Result> run(FederatedServers servers, Workload.Context context)
      throws IOException, InterruptedException {
    int pairs = context.sizes().chatPairs();
    Topology topology =
        new Topology.Pairs(
            context.side(servers.a().c2s(), 0, pairs), context.side(servers.b().c2s(), 0, pairs));
    establish(topology, pairs);
    CpuWindow maxCpu = new CpuWindow(servers.a().pid(), servers.b().pid());
    Summary max = new LoadRun("s2s-max", topology, context.runSettings(0)).run(maxCpu);
    CpuWindow fixedCpu = new CpuWindow(servers.a().pid(), servers.b().pid());
    Summary fixed =
        new LoadRun("s2s-fixed", topology, context.runSettings(context.sizes().chatRate()))
            .run(fixedCpu);
    return List.of(
        RunResults.rate(MAX_METRIC, max, maxCpu),
        RunResults.p99(
            "s2s p99 ms at " + (long) context.sizes().chatRate() + " msg/s", fixed, fixedCpu));
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
