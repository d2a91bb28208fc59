package dev.parley.bench.compare;

import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.RunSettings;
import dev.parley.bench.load.Summary;
import java.io.IOException;
import java.util.List;

/**
 * {@code presence}: {@code presenceUsers} online users in cliques of K + 1 ({@link RosterTopology})
 * change their presence (a status text carrying the send stamp) as fast as the closed loop allows;
 * the server broadcasts each to K contacts. Measured: presence stanzas delivered per second.
 *
 * <p>The closed loop's acknowledging copy (the first contact's) can arrive while the other copies
 * still wait in the server's queues, so up to 32 * K copies per user may be in flight when the
 * window closes: the drain waits up to {@link MucWorkload#DRAIN} for them (it ends as soon as all
 * arrived), so that a copy still missing after it was lost rather than late.
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
    RunSettings base = context.runSettings(0);
    RunSettings settings =
        new RunSettings(
            0,
            base.warmup(),
            base.duration(),
            MucWorkload.DRAIN.compareTo(base.drain()) > 0 ? MucWorkload.DRAIN : base.drain(),
            base.window(),
            base.bodyBytes(),
            base.parallelLogins());
    Summary summary = new LoadRun("presence", topology, settings).run(cpu);
    return List.of(
        RunResults.rate("presence delivered/s (K=" + sizes.presenceContacts() + ")", summary, cpu));
  }
}
