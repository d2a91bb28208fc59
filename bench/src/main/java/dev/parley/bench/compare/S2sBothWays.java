package dev.parley.bench.compare;

import dev.parley.bench.load.BenchStamp;
import dev.parley.bench.load.LoadClient;
import dev.parley.bench.load.LoadRun;
import dev.parley.bench.load.RunSettings;
import dev.parley.bench.load.Side;
import dev.parley.bench.load.Summary;
import dev.parley.bench.load.Topology;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Two load runs at once over one federation link, A→B and B→A, whose clocks start together: each
 * run's {@link Topology#prepare} (after its logins, before its clock) waits for the other's, so the
 * warm-ups and measured windows of both directions overlap to within a few milliseconds.
 *
 * @param aSenders senders on A
 * @param bReceivers their partners on B
 * @param bSenders senders on B (other accounts than {@code bReceivers})
 * @param aReceivers their partners on A (other accounts than {@code aSenders})
 */
record S2sBothWays(Side aSenders, Side bReceivers, Side bSenders, Side aReceivers) {

  /** What the two runs measured, A→B first. */
  record Both(Summary aToB, Summary bToA) {
    /** Copies delivered per second inside the window, both directions together. */
    double receivedPerSecond() {
      return aToB.receivedPerSecond() + bToA.receivedPerSecond();
    }

    /** Copies delivered inside the window, both directions together. */
    double receivedInWindow() {
      return aToB.receivedPerSecond() * aToB.seconds() + bToA.receivedPerSecond() * bToA.seconds();
    }

    long lost() {
      return aToB.lost() + bToA.lost();
    }

    /** Error stanzas, dropped connections and duplicates of both directions. */
    long errors() {
      return aToB.errors()
          + aToB.disconnects()
          + aToB.duplicates()
          + bToA.errors()
          + bToA.disconnects()
          + bToA.duplicates();
    }

    /** The worse direction's p99 (the two histograms are not merged: a conservative figure). */
    double p99() {
      return Math.max(aToB.latency().p99(), bToA.latency().p99());
    }
  }

  /**
   * Runs both directions with {@code settings} each; {@code cpu} is told when A→B's window opens
   * and closes (B→A's is the same to within the alignment above).
   */
  Both run(String scenario, RunSettings settings, CpuWindow cpu)
      throws IOException, InterruptedException {
    CyclicBarrier together = new CyclicBarrier(2);
    Duration wait = settings.drain().plusSeconds(60);
    LoadRun forward =
        new LoadRun(
            scenario + "-a-to-b",
            new Aligned(new Topology.Pairs(aSenders, bReceivers), together),
            settings);
    LoadRun backward =
        new LoadRun(
            scenario + "-b-to-a",
            new Aligned(new Topology.Pairs(bSenders, aReceivers), together),
            settings);
    try (ExecutorService two = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Summary> ab = two.submit(() -> forward.run(cpu));
      Future<Summary> ba = two.submit(() -> backward.run());
      return new Both(result(ab, wait, together), result(ba, wait, together));
    }
  }

  private static Summary result(Future<Summary> future, Duration wait, CyclicBarrier together)
      throws IOException, InterruptedException {
    try {
      return future.get(wait.toSeconds() + 600, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      // The other direction may be waiting at the barrier: release it before reporting.
      together.reset();
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("a direction of the s2s run failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      together.reset();
      throw new IOException("a direction of the s2s run did not finish", e);
    }
  }

  /** {@link Topology.Pairs} whose clock waits for the other direction's. */
  private record Aligned(Topology.Pairs pairs, CyclicBarrier together) implements Topology {
    @Override
    public Side senders() {
      return pairs.senders();
    }

    @Override
    public Side receivers() {
      return pairs.receivers();
    }

    @Override
    public String target(int sender) {
      return pairs.target(sender);
    }

    @Override
    public int copies() {
      return pairs.copies();
    }

    @Override
    public boolean acknowledges(int receiver, int sender) {
      return pairs.acknowledges(receiver, sender);
    }

    @Override
    public String stanza(int sender, BenchStamp stamp, String body) {
      return pairs.stanza(sender, stamp, body);
    }

    @Override
    public void prepare(List<LoadClient> clients, Duration timeout)
        throws IOException, InterruptedException {
      try {
        together.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IOException("the other direction of the s2s run never got ready", e);
      }
    }
  }
}
