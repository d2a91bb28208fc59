package dev.parley.bench.compare;

import dev.parley.bench.load.LoadClient;
import dev.parley.bench.load.Logins;
import dev.parley.bench.load.MessageSink;
import dev.parley.protocol.Element;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code idle}: memory per authenticated TLS session. Reads the server's RSS (and, for a JVM, the
 * heap after a full GC), logs in {@code idleSessions} clients (STARTTLS, SCRAM, bind, presence),
 * lets the server settle for 3 s, reads again, and divides the difference by the sessions.
 */
record IdleWorkload() implements Workload {
  private static final Duration SETTLE = Duration.ofSeconds(3);

  @Override
  public String name() {
    return "idle";
  }

  @Override
  public List<Result> run(BenchServer server, Context context)
      throws IOException, InterruptedException {
    int n = context.sizes().idleSessions();
    OptionalLong heapBefore = server.heapBytesAfterGc();
    ProcStats before = ProcStats.read(server.pid());
    LongAdder dropped = new LongAdder();
    MessageSink sink =
        new MessageSink() {
          @Override
          public void message(int client, Element message) {
            // Idle sessions receive nothing of interest.
          }

          @Override
          public void disconnected(int client, Exception cause) {
            dropped.increment();
          }
        };
    List<LoadClient> clients =
        Logins.connectAll(context.side(server, 0, n), sink, context.sizes().loginParallel());
    try {
      Thread.sleep(SETTLE);
      OptionalLong heapAfter = server.heapBytesAfterGc();
      ProcStats after = ProcStats.read(server.pid());
      List<Result> results = new ArrayList<>();
      results.add(
          Result.plain(
              "idle RSS KiB/session",
              false,
              (after.rssKib() - before.rssKib()) / (double) n,
              dropped.sum()));
      if (heapBefore.isPresent() && heapAfter.isPresent()) {
        results.add(
            Result.plain(
                "idle heap KiB/session",
                false,
                (heapAfter.getAsLong() - heapBefore.getAsLong()) / 1024.0 / n,
                dropped.sum()));
      }
      return results;
    } finally {
      clients.forEach(LoadClient::close);
    }
  }
}
