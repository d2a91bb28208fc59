package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.Summary;
import dev.parley.bench.load.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chat}: one-to-one messages between {@code chatPairs} pairs of online users. First a closed
 * loop (32 messages in flight per sender) for the maximum delivered rate, then open loops at {@code
 * chatRate} and {@code chatHalfPeakRate} for latency (stamped with the scheduled send time: no
 * coordinated omission).
 */
record ChatWorkload() implements Workload {

  @Override
  public String name() {
    return "chat";
  }

  @Override
  public List<Result> run(BenchServer server, Context context)
      throws IOException, InterruptedException {
    int pairs = context.sizes().chatPairs();
    Topology topology =
        new Topology.Pairs(context.side(server, 0, pairs), context.side(server, pairs, pairs));
    CpuWindow maxCpu = new CpuWindow(server.pid());
    Summary max = new LoadRun("chat-max", topology, context.runSettings(0)).run(maxCpu);
    List<Result> results = new ArrayList<>();
    results.add(RunResults.rate("chat msg/s (max)", max, maxCpu));
    for (double rate : List.of(context.sizes().chatRate(), context.sizes().chatHalfPeakRate())) {
      CpuWindow fixedCpu = new CpuWindow(server.pid());
      Summary fixed = new LoadRun("chat-fixed", topology, context.runSettings(rate)).run(fixedCpu);
      results.add(RunResults.p99("chat p99 ms at " + (long) rate + " msg/s", fixed, fixedCpu));
    }
    return results;
  }
}
