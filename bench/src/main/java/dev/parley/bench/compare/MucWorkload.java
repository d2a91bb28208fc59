package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.Summary;
import java.io.IOException;
import java.util.List;

/**
 * {@code muc}: one room at {@link ServerSetup#MUC_DOMAIN} with {@code mucOccupants} occupants, each
 * sending groupchat messages in a closed loop; measured: copies delivered per second (fan-out). A
 * new room per run, so no history is replayed at join.
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

  @Override
  public List<Result> run(BenchServer server, Context context)
      throws IOException, InterruptedException {
    int n = context.sizes().mucOccupants();
    RoomTopology topology =
        new RoomTopology(
            context.side(server, 0, n), "bench" + context.run() + "@" + ServerSetup.MUC_DOMAIN);
    CpuWindow cpu = new CpuWindow(server.pid());
    // A smaller window: every message becomes n copies, so 32 in flight per occupant would queue
    // n * 32 * n stanzas in the server.
    var settings = context.runSettings(0);
    settings =
        new dev.parley.bench.load.RunSettings(
            0, settings.warmup(), settings.duration(), settings.drain(), 4, 100, 16);
    Summary summary = new LoadRun("muc", topology, settings).run(cpu);
    return List.of(RunResults.rate("muc delivered/s (" + n + " occupants)", summary, cpu));
  }
}
