package dev.parley.bench.compare;

import dev.parley.bench.load.LoadClient;
import dev.parley.bench.load.MessageSink;
import dev.parley.bench.load.Side;
import dev.parley.protocol.Element;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soak's sessions: logged in at a bounded parallelism, kept alive with whitespace as an idle
 * client does (RFC 6120 §4.6.1), counted when one drops, and pinged at the end to prove they are
 * still served (XEP-0199).
 */
final class SoakSessions implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SoakSessions.class);
  private static final String PING = "<ping xmlns='urn:xmpp:ping'/>";

  private final List<LoadClient> clients;
  private final Counter drops;
  private final double rampSeconds;
  private volatile boolean keepingAlive;
  private Thread keepalive;

  private SoakSessions(List<LoadClient> clients, Counter drops, double rampSeconds) {
    this.clients = clients;
    this.drops = drops;
    this.rampSeconds = rampSeconds;
  }

  /**
   * Logs in every account of {@code side}, at most {@code parallel} at once, stopping at the first
   * failure or at {@code deadline}; {@code progress} hears the count of logged-in sessions as it
   * grows.
   *
   * @throws IOException when a login fails or the deadline passes; every session is closed then
   */
  static SoakSessions rampUp(Side side, int parallel, Duration deadline, IntConsumer progress)
      throws IOException, InterruptedException {
    Counter drops = new Counter();
    int n = side.accounts().count();
    List<LoadClient> clients = Collections.synchronizedList(new ArrayList<>(n));
    AtomicReference<Exception> failure = new AtomicReference<>();
    Semaphore slots = new Semaphore(parallel);
    long started = System.nanoTime();
    long end = started + deadline.toNanos();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n && failure.get() == null; i++) {
        if (!slots.tryAcquire(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          failure.compareAndSet(null, new IOException("the ramp-up took longer than " + deadline));
          break;
        }
        int index = i;
        executor.execute(() -> login(side, index, drops, clients, failure, slots, progress));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    SoakSessions sessions = new SoakSessions(List.copyOf(clients), drops, seconds);
    Exception cause = failure.get();
    if (cause != null) {
      sessions.close();
      throw new IOException(
          "login failed after " + clients.size() + " of " + n + " sessions: " + cause.getMessage(),
          cause);
    }
    return sessions;
  }

  private static void login(
      Side side,
      int index,
      Counter drops,
      List<LoadClient> clients,
      AtomicReference<Exception> failure,
      Semaphore slots,
      IntConsumer progress) {
    try {
      if (failure.get() == null) {
        clients.add(
            LoadClient.connect(
                side.client(),
                index,
                side.accounts().localpart(index),
                side.accounts().password(),
                drops));
        progress.accept(clients.size());
      }
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    } finally {
      slots.release();
    }
  }

  /** How many sessions logged in. */
  int size() {
    return clients.size();
  }

  /** Seconds from the first connect to the last login. */
  double rampSeconds() {
    return rampSeconds;
  }

  /** Sessions whose connection ended while they were held. */
  long drops() {
    return drops.count.get();
  }

  /** The cause of the last drop, for the report; empty text when none dropped. */
  String lastDropCause() {
    Exception cause = drops.last.get();
    return cause == null ? "" : String.valueOf(cause.getMessage());
  }

  /**
   * Sends one space on every session once per {@code interval}, spread evenly over it, so no
   * session is silent for the server's {@code c2s.idle-timeout} (10 min by default).
   */
  void keepAlive(Duration interval) {
    keepingAlive = true;
    long tickNanos = TimeUnit.MILLISECONDS.toNanos(100);
    int perTick = perTick(clients.size(), interval, Duration.ofNanos(tickNanos));
    keepalive =
        Thread.ofVirtual()
            .name("soak-keepalive")
            .start(
                () -> {
                  int next = 0;
                  while (keepingAlive) {
                    try {
                      Thread.sleep(Duration.ofNanos(tickNanos));
                    } catch (InterruptedException e) {
                      return;
                    }
                    for (int i = 0; i < perTick && keepingAlive; i++) {
                      sendQuietly(clients.get(next), " ");
                      next = (next + 1) % clients.size();
                    }
                  }
                });
  }

  /** Sessions to touch per tick so that each is touched once per interval (at least one). */
  static int perTick(int sessions, Duration interval, Duration tick) {
    double ticks = Math.max(1, interval.toNanos() / (double) tick.toNanos());
    return (int) Math.max(1, Math.ceil(sessions / ticks));
  }

  /**
   * Sends an XEP-0199 ping on {@code sample} sessions spread evenly over all of them (every session
   * when {@code sample} is 0 or larger than their number) and waits up to {@code timeout} for the
   * answers.
   */
  PingResult ping(int sample, Duration timeout) throws InterruptedException {
    List<LoadClient> chosen = sample(clients, sample);
    CountDownLatch answers = new CountDownLatch(chosen.size());
    AtomicLong slowestNanos = new AtomicLong();
    long sent = System.nanoTime();
    for (LoadClient client : chosen) {
      String id = "soak-ping-" + client.index();
      client.observe(
          element -> {
            if (element.name().equals("iq") && id.equals(element.attribute("id").orElse(""))) {
              if ("result".equals(element.attribute("type").orElse(""))) {
                slowestNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
                answers.countDown();
              }
            }
          });
      sendQuietly(client, "<iq type='get' id='" + id + "'>" + PING + "</iq>");
    }
    answers.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    chosen.forEach(c -> c.observe(element -> {}));
    int answered = chosen.size() - (int) answers.getCount();
    return new PingResult(chosen.size(), answered, slowestNanos.get() / 1e6);
  }

  /** Every {@code k}-th client so that {@code sample} of them are chosen; all when 0. */
  static <T> List<T> sample(List<T> all, int sample) {
    if (sample <= 0 || sample >= all.size()) {
      return all;
    }
    List<T> chosen = new ArrayList<>(sample);
    for (int i = 0; i < sample; i++) {
      chosen.add(all.get((int) ((long) i * all.size() / sample)));
    }
    return chosen;
  }

  private static void sendQuietly(LoadClient client, String text) {
    try {
      client.send(text);
    } catch (IOException e) {
      // The reader sees the same broken connection and counts it as a drop.
      LOG.debug("send on session {} failed: {}", client.index(), e.getMessage());
    }
  }

  /** Stops the keepalives and closes every session politely. */
  @Override
  public void close() {
    keepingAlive = false;
    if (keepalive != null) {
      keepalive.interrupt();
    }
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      clients.forEach(c -> executor.execute(c::close));
    }
  }

  /**
   * The answers to the closing pings.
   *
   * @param sent pings sent
   * @param answered results received within the timeout
   * @param slowestMillis the latest answer, in ms after the first ping was sent
   */
  record PingResult(int sent, int answered, double slowestMillis) {}

  /** Counts the sessions that drop; their content (idle sessions get none) is ignored. */
  private static final class Counter implements MessageSink {
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicReference<Exception> last = new AtomicReference<>();

    @Override
    public void message(int client, Element message) {
      // Idle sessions receive only their own presence; nothing to measure.
    }

    @Override
    public void disconnected(int client, Exception cause) {
      count.incrementAndGet();
      last.set(cause);
      LOG.warn("session {} dropped: {}", client, cause.getMessage());
    }
  }
}
