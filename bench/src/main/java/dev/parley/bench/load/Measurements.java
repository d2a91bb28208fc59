package dev.parley.bench.load;

import dev.parley.protocol.Element;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one run observes: messages sent and received, each receiver's set of sequence numbers per
 * sender (so loss and duplicates are exact, not inferred from counts), error bounces, dropped
 * connections, the copies that arrived inside the measured window (the delivered rate, which falls
 * behind the sent rate when the servers queue), and the end-to-end latency of every message sent
 * inside the measured window, in microseconds, in an HdrHistogram {@link Recorder} (safe to record
 * from every reader thread).
 */
public final class Measurements {
  private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

  private final Topology topology;
  private final Recorder latency = new Recorder(MAX_LATENCY_MICROS, 3);
  private final Histogram total = new Histogram(MAX_LATENCY_MICROS, 3);
  private final Seen[] seen;
  private final Semaphore[] windows;
  private final LongAdder sent = new LongAdder();
  private final LongAdder measuredSent = new LongAdder();
  private final LongAdder received = new LongAdder();
  private final LongAdder measuredReceived = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder disconnects = new LongAdder();
  private volatile long windowStart = Long.MAX_VALUE;
  private volatile long windowEnd = Long.MAX_VALUE;

  /**
   * @param window messages in flight per sender, or 0 for none (fixed-rate runs)
   */
  public Measurements(Topology topology, int window) {
    this.topology = topology;
    this.seen = new Seen[topology.receivers().accounts().count()];
    for (int i = 0; i < seen.length; i++) {
      seen[i] = new Seen();
    }
    int senders = topology.senders().accounts().count();
    this.windows = new Semaphore[window > 0 ? senders : 0];
    for (int i = 0; i < windows.length; i++) {
      windows[i] = new Semaphore(window);
    }
  }

  /** Sets the measured window, on the {@link System#nanoTime()} clock. */
  public void window(long startNanos, long endNanos) {
    this.windowStart = startNanos;
    this.windowEnd = endNanos;
  }

  private boolean measured(long nanos) {
    return nanos >= windowStart && nanos < windowEnd;
  }

  /** Waits for a place in sender {@code sender}'s window; false when none came in time. */
  boolean acquire(int sender, long timeoutNanos) throws InterruptedException {
    return windows.length == 0 || windows[sender].tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
  }

  /** Sender sent a message stamped {@code stampNanos}. */
  void sent(long stampNanos) {
    sent.increment();
    if (measured(stampNanos)) {
      measuredSent.increment();
    }
  }

  /** A sink for the receivers: counts, checks and times every stamped message. */
  public MessageSink receiverSink() {
    return new MessageSink() {
      @Override
      public void message(int client, Element message) {
        received(client, message, System.nanoTime());
      }

      @Override
      public void disconnected(int client, Exception cause) {
        disconnects.increment();
      }
    };
  }

  /** A sink for the senders: they should receive nothing but may get error bounces. */
  public MessageSink senderSink() {
    return new MessageSink() {
      @Override
      public void message(int client, Element message) {
        if ("error".equals(message.attribute("type").orElse(""))) {
          errors.increment();
        }
      }

      @Override
      public void disconnected(int client, Exception cause) {
        disconnects.increment();
      }
    };
  }

  void received(int receiver, Element message, long nowNanos) {
    if ("error".equals(message.attribute("type").orElse(""))) {
      errors.increment();
      return;
    }
    BenchStamp.from(message).ifPresent(stamp -> received(receiver, stamp, nowNanos));
  }

  void received(int receiver, BenchStamp stamp, long nowNanos) {
    if (!topology.expects(receiver, stamp.sender())) {
      return;
    }
    if (!seen[receiver].add(stamp.sender(), stamp.sequence())) {
      duplicates.increment();
      return;
    }
    received.increment();
    if (measured(nowNanos)) {
      measuredReceived.increment();
    }
    if (measured(stamp.sentNanos())) {
      latency.recordValue(
          Math.min(MAX_LATENCY_MICROS, Math.max(0, nowNanos - stamp.sentNanos()) / 1000));
    }
    if (windows.length > 0 && topology.acknowledges(receiver, stamp.sender())) {
      windows[stamp.sender()].release();
    }
  }

  /** Distinct messages received so far. */
  public long received() {
    return received.sum();
  }

  /** Copies the receivers should get for what was sent so far. */
  public long expected() {
    return sent.sum() * topology.copies();
  }

  /** Messages sent so far. */
  public long sent() {
    return sent.sum();
  }

  /** Connections that dropped during the run. */
  public long disconnects() {
    return disconnects.sum();
  }

  /**
   * The counts and the latency distribution, for a run whose measured window was {@code seconds}.
   */
  public synchronized Summary summary(String scenario, RunSettings settings, double seconds) {
    total.add(latency.getIntervalHistogram());
    long expected = expected();
    return new Summary(
        scenario,
        topology.senders().accounts().count(),
        topology.receivers().accounts().count(),
        settings.rate(),
        settings.warmup().toMillis() / 1000.0,
        seconds,
        sent(),
        expected,
        received(),
        expected - received(),
        duplicates.sum(),
        errors.sum(),
        disconnects(),
        measuredSent.sum() / seconds,
        measuredReceived.sum() / seconds,
        Summary.Latency.of(total));
  }

  /** One receiver's sequence numbers per sender; touched by its reader thread and the summary. */
  private static final class Seen {
    private final Map<Integer, BitSet> bySender = new HashMap<>();

    synchronized boolean add(int sender, long sequence) {
      BitSet bits = bySender.computeIfAbsent(sender, s -> new BitSet());
      int index = (int) sequence;
      if (bits.get(index)) {
        return false;
      }
      bits.set(index);
      return true;
    }
  }
}
