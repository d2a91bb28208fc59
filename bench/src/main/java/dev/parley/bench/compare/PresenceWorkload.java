package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.Summary;
import java.io.IOException;
import java.util.List;

/**
 * {@code presence}: {@code presenceUsers} online users in cliques of K + 1 ({@link RosterTopology})
 * change their presence (a status text carrying the send stamp) as fast as the closed loop allows;
 * the server broadcasts each to K contacts. Measured: presence stanzas delivered per second.
 */
record PresenceWorkload() implements Workload {

  @Override
  public String name() {
    return "presence";
  }

  @Override
  public List<Result> run(BenchServer server, Context context)
      throws IOException, InterruptedException {
    var sizes = context.sizes();
    RosterTopology topology =
        new RosterTopology(
            context.side(server, sizes.presenceFirst(), sizes.presenceUsers()),
            sizes.presenceContacts());
    CpuWindow cpu = new CpuWindow(server.pid());
    Summary summary = new LoadRun("presence", topology, context.runSettings(0)).run(cpu);
    return List.of(
        RunResults.rate("presence delivered/s (K=" + sizes.presenceContacts() + ")", summary, cpu));
  }
}
