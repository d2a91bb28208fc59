package dev.parley.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
    return run(WindowListener.NONE);
  }

  /**
   * Runs the scenario and returns its summary, telling {@code listener} when the measured window
   * opens and closes (to sample the server's CPU time over exactly that window).
   */
  public Summary run(WindowListener listener) throws IOException, InterruptedException {
    Measurements measurements =
        new Measurements(topology, settings.maxThroughput() ? settings.window() : 0);
    long connectStart = System.nanoTime();
    List<LoadClient> receivers =
        topology.shared()
            ? List.of()
            : Logins.connectAll(
                topology.receivers(), measurements.receiverSink(), settings.parallelLogins());
    List<LoadClient> senders = List.of();
    try {
      senders =
          Logins.connectAll(
              topology.senders(),
              topology.shared() ? measurements.receiverSink() : measurements.senderSink(),
              settings.parallelLogins());
      topology.prepare(senders, settings.drain().plusSeconds(30));
      LOG.info(
          "{} receivers and {} senders ready in {} ms",
          topology.shared() ? senders.size() : receivers.size(),
          senders.size(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connectStart));
      long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
      long windowStart = start + settings.warmup().toNanos();
      long end = windowStart + settings.duration().toNanos();
      measurements.window(windowStart, end);
      Thread marks = Thread.ofVirtual().start(() -> mark(listener, windowStart, end));
      send(senders, measurements, start, end);
      marks.join();
      drain(measurements);
      return measurements.summary(scenario, settings, settings.duration().toNanos() / 1e9);
    } finally {
      senders.forEach(LoadClient::close);
      receivers.forEach(LoadClient::close);
    }
  }

  private static void mark(WindowListener listener, long windowStart, long end) {
    parkUntil(windowStart);
    listener.opened();
    parkUntil(end);
    listener.closed();
  }

  /** Told when the measured window opens and closes; called on a thread of its own. */
  public interface WindowListener {
    /** Does nothing. */
    WindowListener NONE =
        new WindowListener() {
          @Override
          public void opened() {
            // Nothing to sample.
          }

          @Override
          public void closed() {
            // Nothing to sample.
          }
        };

    /** The measured window has just opened. */
    void opened();

    /** The measured window has just closed (messages may still be in flight). */
    void closed();
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
    if (!settings.maxThroughput()) {
      RateSchedule schedule =
          new RateSchedule(topology.senders().accounts().count(), settings.rate());
      new ScheduledSends(sender, client, schedule, measurements, start, end).run();
      return;
    }
    try {
      for (long k = 0; ; k++) {
        long now = System.nanoTime();
        if (now >= end || !measurements.acquire(sender, end - now)) {
          return;
        }
        long stamp = System.nanoTime();
        client.send(topology.stanza(sender, new BenchStamp(sender, k, stamp), body));
        measurements.sent(stamp);
      }
    } catch (IOException e) {
      LOG.warn("sender {} stopped: {}", sender, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A fixed-rate sender's messages, each sent by a task scheduled on its client's event loop at the
   * message's time: no thread hands the message to the loop, so the tool adds no scheduling delay
   * of its own to the latency it measures (a parked thread waking on a busy core did, about 1.7 ms
   * at p99 against the self-test's echo endpoint).
   */
  private final class ScheduledSends {
    private final int sender;
    private final LoadClient client;
    private final RateSchedule schedule;
    private final Measurements measurements;
    private final long start;
    private final long end;
    private final CountDownLatch done = new CountDownLatch(1);

    ScheduledSends(
        int sender,
        LoadClient client,
        RateSchedule schedule,
        Measurements measurements,
        long start,
        long end) {
      this.sender = sender;
      this.client = client;
      this.schedule = schedule;
      this.measurements = measurements;
      this.start = start;
      this.end = end;
    }

    /** Sends until the end of the run; returns when the last message has left. */
    void run() {
      next(0);
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void next(long k) {
      long stamp = start + schedule.offsetNanos(sender, k);
      if (stamp >= end) {
        done.countDown();
        return;
      }
      client.at(stamp, () -> send(k, stamp));
    }

    private void send(long k, long stamp) {
      try {
        client.send(topology.stanza(sender, new BenchStamp(sender, k, stamp), body));
        measurements.sent(stamp);
        next(k + 1);
      } catch (IOException e) {
        LOG.warn("sender {} stopped: {}", sender, e.getMessage());
        done.countDown();
      }
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
