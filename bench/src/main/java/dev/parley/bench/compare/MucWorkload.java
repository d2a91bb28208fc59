package dev.parley.bench.compare;

import dev.parley.bench.load.Accounts;
import dev.parley.bench.load.ClientSettings;
import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.RunSettings;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.Summary;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code muc}: one room on the server's MUC service ({@link BenchServer#mucDomain()}) with {@code
 * mucOccupants} occupants, each sending groupchat messages in a closed loop; measured: copies
 * delivered per second (fan-out). Then the p99 latency of a copy at a fixed rate of {@link
 * #LATENCY_COPIES_PER_SECOND} copies per second. A new room per run, so no history is replayed at
 * join.
 *
 * <p>The closed loop keeps up to 4 messages per occupant in flight, acknowledged by the sender's
 * own copy, but a server may reflect that copy before it has written the others (they wait in its
 * output buffers): at the end of the window a slow server still holds a backlog of copies. The
 * drain therefore waits up to {@link #DRAIN} (it ends as soon as every copy arrived), and the
 * latency run starts only once the server's CPU has gone quiet, so it neither times the previous
 * backlog nor receives its copies. The latency run's clients also bind a resource of their own:
 * copies of the first room still queued for the old sessions' full JIDs cannot reach them and be
 * counted as this run's (which once gave a negative loss).
 */
record MucWorkload() implements Workload {
  private static final Logger LOG = LoggerFactory.getLogger(MucWorkload.class);

  /** The longest wait for copies still in flight after a window (most servers need seconds). */
  static final Duration DRAIN = Duration.ofSeconds(60);

  /** CPU share of one core under which the server counts as quiet between the two runs. */
  static final double QUIET_SHARE = 0.05;

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
    RunSettings base = context.runSettings(0);
    RunSettings settings =
        new RunSettings(0, base.warmup(), base.duration(), longest(base.drain()), 4, 100, 16);
    Summary max = new LoadRun("muc", topology(server, context, room, "load"), settings).run(cpu);
    report(server, max);
    awaitQuiet(server, DRAIN);
    // The closed loop keeps 4 * n messages (4 * n * n copies) in flight, so its latency is queueing
    // time; the latency run sends at a fixed rate instead, in a room of its own.
    double rate = Math.max(1, LATENCY_COPIES_PER_SECOND / n);
    CpuWindow fixedCpu = new CpuWindow(server.pid());
    RunSettings fixedBase = context.runSettings(rate);
    RunSettings fixedSettings =
        new RunSettings(
            rate,
            fixedBase.warmup(),
            fixedBase.duration(),
            longest(fixedBase.drain()),
            fixedBase.window(),
            fixedBase.bodyBytes(),
            fixedBase.parallelLogins());
    Summary fixed =
        new LoadRun(
                "muc-fixed", topology(server, context, room + "-latency", "latency"), fixedSettings)
            .run(fixedCpu);
    report(server, fixed);
    return List.of(
        RunResults.rate("muc delivered/s (" + n + " occupants)", max, cpu),
        RunResults.p99(
            "muc p99 ms at " + (long) rate + " msg/s (" + n + " occupants)", fixed, fixedCpu));
  }

  private static Duration longest(Duration drain) {
    return drain.compareTo(DRAIN) > 0 ? drain : DRAIN;
  }

  /** Says what is still missing after the drain, and whether connections dropped meanwhile. */
  private static void report(BenchServer server, Summary summary) {
    if (summary.lost() != 0 || summary.disconnects() != 0) {
      LOG.warn(
          "{} {}: {} of {} copies missing after the drain, {} connections dropped, {} errors",
          server.software(),
          summary.scenario(),
          summary.lost(),
          summary.expected(),
          summary.disconnects(),
          summary.errors());
    }
  }

  /**
   * Waits until the server used less than {@link #QUIET_SHARE} of a core over half a second, at
   * most {@code limit}: a backlog the first run left is worked off before the latency run starts.
   */
  static void awaitQuiet(BenchServer server, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      ProcStats before = ProcStats.read(server.pid());
      while (System.nanoTime() < deadline) {
        Thread.sleep(500);
        ProcStats now = ProcStats.read(server.pid());
        if (now.cpuSecondsSince(before) < QUIET_SHARE * 0.5) {
          return;
        }
        before = now;
      }
      LOG.warn("{} still busy after {} s; the latency run starts anyway", server.software(), limit);
    } catch (IOException e) {
      LOG.warn("cannot read the CPU time of {}: {}", server.software(), e.getMessage());
    }
  }

  /**
   * The room's occupants {@code load0 ..}, binding {@code resource} (different per run of the
   * workload, so that stanzas for one run's sessions never reach the next run's).
   */
  private static RoomTopology topology(
      BenchServer server, Context context, String room, String resource) {
    int n = context.sizes().mucOccupants();
    ClientSettings base = context.client(server);
    ClientSettings client =
        new ClientSettings(
            base.endpoint(),
            base.tls(),
            base.sslContext(),
            base.mechanism(),
            resource,
            base.timeout());
    Side side = new Side(client, new Accounts(ServerSetup.DOMAIN, "load", 0, n, Workload.PASSWORD));
    return new RoomTopology(side, room + "@" + server.mucDomain());
  }
}
