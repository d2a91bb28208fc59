package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.Summary;
import java.io.IOException;
import java.util.List;

/**
 * {@code muc}: one room on the server's MUC service ({@link BenchServer#mucDomain()}) with {@code
 * mucOccupants} occupants, each sending groupchat messages in a closed loop; measured: copies
 * delivered per second (fan-out). Then the p99 latency of a copy at a fixed rate of {@link
 * #LATENCY_COPIES_PER_SECOND} copies per second. A new room per run, so no history is replayed at
 * join.
 */
record MucWorkload() implements Workload {

  @Override
  public String name() {
    return "muc";
  }

  @Override
  public boolean supports(BenchServer server) {
    return server.hasMuc();
  }

  /**
   * The copies per second of the latency run: below every server's saturation on the benchmark
   * machine, so that latency is the time through the server rather than the time in its queues.
   */
  static final double LATENCY_COPIES_PER_SECOND = 5000;

  @Override
  public List<Result> run(BenchServer server, Context context)
      throws IOException, InterruptedException {
    int n = context.sizes().mucOccupants();
    String room = "bench" + context.run();
    CpuWindow cpu = new CpuWindow(server.pid());
    // A smaller window: every message becomes n copies, so 32 in flight per occupant would queue
    // n * 32 * n stanzas in the server.
    var settings = context.runSettings(0);
    settings =
        new dev.parley.bench.load.RunSettings(
            0, settings.warmup(), settings.duration(), settings.drain(), 4, 100, 16);
    Summary max = new LoadRun("muc", topology(server, context, room), settings).run(cpu);
    // The closed loop keeps 4 * n messages (4 * n * n copies) in flight, so its latency is queueing
    // time; the latency run sends at a fixed rate instead, in a room of its own.
    double rate = Math.max(1, LATENCY_COPIES_PER_SECOND / n);
    CpuWindow fixedCpu = new CpuWindow(server.pid());
    Summary fixed =
        new LoadRun(
                "muc-fixed",
                topology(server, context, room + "-latency"),
                context.runSettings(rate))
            .run(fixedCpu);
    return List.of(
        RunResults.rate("muc delivered/s (" + n + " occupants)", max, cpu),
        RunResults.p99(
            "muc p99 ms at " + (long) rate + " msg/s (" + n + " occupants)", fixed, fixedCpu));
  }

  private static RoomTopology topology(BenchServer server, Context context, String room) {
    int n = context.sizes().mucOccupants();
    return new RoomTopology(context.side(server, 0, n), room + "@" + server.mucDomain());
  }
}
