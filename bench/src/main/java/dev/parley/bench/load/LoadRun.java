package dev.parley.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run: log every receiver in, then every sender, send for warm-up plus duration (at a
 * fixed rate or as fast as the windows allow), wait for stragglers, log out and summarise.
 *
 * <p>At a fixed rate each message is stamped with the time it was <em>scheduled</em> to leave, not
 * the time it did: when the load tool or the server falls behind, the delay shows up as latency
 * instead of silently lowering the offered load (coordinated omission).
 */
public final class LoadRun {
  private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);

  private final String scenario;
  private final Topology topology;
  private final RunSettings settings;
  private final String body;

  public LoadRun(String scenario, Topology topology, RunSettings settings) {
    this.scenario = scenario;
    this.topology = topology;
    this.settings = settings;
    this.body = "x".repeat(settings.bodyBytes());
  }

  /** Runs the scenario and returns its summary. */
  public Summary run() throws IOException, InterruptedException {
    Measurements measurements =
        new Measurements(topology, settings.maxThroughput() ? settings.window() : 0);
    long connectStart = System.nanoTime();
    List<LoadClient> receivers = login(topology.receivers(), measurements.receiverSink());
    List<LoadClient> senders = List.of();
    try {
      senders = login(topology.senders(), measurements.senderSink());
      LOG.info(
          "{} receivers and {} senders logged in in {} ms",
          receivers.size(),
          senders.size(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connectStart));
      long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
      long windowStart = start + settings.warmup().toNanos();
      long end = windowStart + settings.duration().toNanos();
      measurements.window(windowStart, end);
      send(senders, measurements, start, end);
      drain(measurements);
      return measurements.summary(scenario, settings, settings.duration().toNanos() / 1e9);
    } finally {
      senders.forEach(LoadClient::close);
      receivers.forEach(LoadClient::close);
    }
  }

  private List<LoadClient> login(Side side, MessageSink sink)
      throws IOException, InterruptedException {
    Semaphore parallel = new Semaphore(settings.parallelLogins());
    List<Future<LoadClient>> pending = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < side.accounts().count(); i++) {
        int index = i;
        pending.add(
            executor.submit(
                () -> {
                  parallel.acquire();
                  try {
                    return LoadClient.connect(
                        side.client(),
                        index,
                        side.accounts().localpart(index),
                        side.accounts().password(),
                        sink);
                  } finally {
                    parallel.release();
                  }
                }));
      }
    }
    List<LoadClient> clients = new ArrayList<>();
    IOException failure = null;
    for (Future<LoadClient> future : pending) {
      try {
        clients.add(future.get());
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = new IOException("login failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
    }
    if (failure != null) {
      clients.forEach(LoadClient::close);
      throw failure;
    }
    return clients;
  }

  private void send(List<LoadClient> senders, Measurements measurements, long start, long end)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < senders.size(); i++) {
      int index = i;
      LoadClient client = senders.get(i);
      threads.add(
          Thread.ofVirtual()
              .name("load-sender-" + i)
              .start(() -> sendLoop(index, client, measurements, start, end)));
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void sendLoop(
      int sender, LoadClient client, Measurements measurements, long start, long end) {
    String to = topology.target(sender);
    RateSchedule schedule =
        settings.maxThroughput()
            ? null
            : new RateSchedule(topology.senders().accounts().count(), settings.rate());
    try {
      for (long k = 0; ; k++) {
        long stamp;
        if (schedule == null) {
          long now = System.nanoTime();
          if (now >= end || !measurements.acquire(sender, end - now)) {
            return;
          }
          stamp = System.nanoTime();
        } else {
          stamp = start + schedule.offsetNanos(sender, k);
          if (stamp >= end) {
            return;
          }
          parkUntil(stamp);
        }
        client.send(new BenchStamp(sender, k, stamp).toMessage(to, body));
        measurements.sent(stamp);
      }
    } catch (IOException e) {
      LOG.warn("sender {} stopped: {}", sender, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void parkUntil(long deadline) {
    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  private void drain(Measurements measurements) throws InterruptedException {
    long deadline = System.nanoTime() + settings.drain().toNanos();
    while (measurements.received() < measurements.expected() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    LOG.info(
        "sent {}, received {} of {} expected",
        measurements.sent(),
        measurements.received(),
        measurements.expected());
  }
}
