package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.Summary;
import dev.parley.bench.load.Topology;
import java.io.IOException;
import java.util.List;

/**
 * {@code s2s}: {@code chatPairs} senders on server A write to as many receivers on server B, so
 * every message crosses the server-to-server link (one direction). First a closed loop (32 in
 * flight per sender) for the maximum delivered rate, then an open loop at {@code chatRate} for the
 * p99 latency. CPU per 1,000 is both servers' together.
 */
final class S2sWorkload {
  /** The workload's name on the command line. */
  static final String NAME = "s2s";

  private S2sWorkload() {}

  /** The rate metric's name (also the self-test-free key of the report's table). */
  static final String MAX_METRIC = "s2s msg/s A→B (max)";

  static List<Result> run(FederatedServers servers, Workload.Context context)
      throws IOException, InterruptedException {
    int pairs = context.sizes().chatPairs();
    Topology topology =
        new Topology.Pairs(
            context.side(servers.a().c2s(), 0, pairs), context.side(servers.b().c2s(), 0, pairs));
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
}
