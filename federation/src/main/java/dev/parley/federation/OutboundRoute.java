package dev.parley.federation;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaParser;
import dev.parley.protocol.StreamError;
import dev.parley.protocol.StreamErrorCondition;
import dev.parley.server.DomainService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanzas from one local domain to one remote domain: a bounded queue while the stream is set up,
 * one reused stream once it is, and after a failure a short, growing hold-down (capped) during
 * which new stanzas wait instead of bouncing at once. Every stanza that cannot go is bounced with
 * the failure that stopped it.
 */
final class OutboundRoute implements OutboundAttempt {
  private static final Logger LOG = LoggerFactory.getLogger(OutboundRoute.class);
  private static final Duration FIRST_HOLD_DOWN = Duration.ofSeconds(1);
  private static final StreamError SHUTDOWN =
      StreamError.of(StreamErrorCondition.SYSTEM_SHUTDOWN, "federation is stopping");

  private record Waiting(Stanza stanza, Instant since) {}

  /** Finds a stream to the same remote domain that another local domain opened. */
  @FunctionalInterface
  interface SharedStreams {
    Optional<ServerLink> find(String local, String remote);
  }

  private final FederationContext context;
  private final OutboundConnector connector;
  private final SharedStreams sharedStreams;
  private final java.util.function.Supplier<Optional<DomainService>> successor;
  private final String local;
  private final String remote;
  private final Deque<Waiting> queue = new ArrayDeque<>();
  // volatile: ownStream() reads it without the lock, so two routes never wait for each other.
  private volatile ServerLink stream;
  private boolean connecting;

  /** The peer refused this domain on another domain's stream once: always connect directly. */
  private boolean sharingRefused;

  /**
   * A restart hands this route's queue to the next service: no new attempt starts, a failing one
   * bounces nothing and a succeeding one sends nothing, so the queue stays whole and in order.
   */
  private boolean stopping;

  /** Stanzas bounced with queue-full since the queue last had room; for the log. */
  private int fullBounces;

  /** Completes once the stream has closed after {@link #stop()}. */
  private final CompletableFuture<Void> settled = new CompletableFuture<>();

  private Instant heldDownUntil = Instant.MIN;
  private Duration nextHoldDown = FIRST_HOLD_DOWN;
  private FederationFailure lastFailure;
  private ScheduledFuture<?> retry;

  OutboundRoute(
      FederationContext context,
      OutboundConnector connector,
      SharedStreams sharedStreams,
      java.util.function.Supplier<Optional<DomainService>> successor,
      String local,
      String remote) {
    this.context = context;
    this.connector = connector;
    this.sharedStreams = sharedStreams;
    this.successor = successor;
    this.local = local;
    this.remote = remote;
  }

  /** Sends now, or queues and makes sure a stream is coming. */
  void send(Stanza stanza) {
    List<Stanza> bounced = new ArrayList<>();
    synchronized (this) {
      if (stream != null) {
        if (stream.send(stanza)) {
          return;
        }
        // The stream is ending: closed() follows and starts the next one for this queue.
        queue.add(new Waiting(stanza, Instant.now()));
        return;
      }
      if (queue.size() >= context.limits().queueSize()) {
        bounced.add(stanza);
        // One INFO line when the queue fills up, not one per stanza (a flood would flood the log).
        if (fullBounces++ == 0) {
          LOG.info(
              "federation: the queue {} -> {} is full ({} stanzas wait); bouncing with queue-full",
              local,
              remote,
              queue.size());
        }
      } else {
        if (fullBounces > 0) {
          LOG.info(
              "federation: the queue {} -> {} bounced {} stanzas while full",
              local,
              remote,
              fullBounces);
          fullBounces = 0;
        }
        queue.add(new Waiting(stanza, Instant.now()));
        startWhenAllowed();
      }
    }
    bounce(
        bounced,
        FederationFailure.timeout("queue-full", "too many stanzas are waiting for " + remote));
  }

  synchronized int queued() {
    return queue.size();
  }

  private void startWhenAllowed() {
    if (stopping || connecting || retry != null) {
      return;
    }
    Duration wait = Duration.between(Instant.now(), heldDownUntil);
    if (wait.isNegative() || wait.isZero()) {
      start(true);
    } else {
      retry = context.timers().schedule(this::retryNow, wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void retryNow() {
    retry = null;
    if (!stopping && !queue.isEmpty() && stream == null && !connecting) {
      start(true);
    }
  }

  private void start(boolean tls) {
    connecting = true;
    if (tls && !sharingRefused) {
      Optional<ServerLink> host = sharedStreams.find(local, remote);
      if (host.isPresent()) {
        host.get().authorizeAlso(local, this, this::sharingRefused);
        return;
      }
    }
    connector.connect(local, remote, new OutboundPurpose.Deliver(this), tls, this);
  }

  /** The other domain's stream could not carry this one: a connection of its own, then. */
  private synchronized void sharingRefused() {
    sharingRefused = true;
    if (connecting && stream == null) {
      connector.connect(local, remote, new OutboundPurpose.Deliver(this), true, this);
    }
  }

  /** Sends on a bidirectional inbound stream when this route has no stream and opens none. */
  synchronized void adopt(ServerLink link) {
    if (stream != null || connecting) {
      return;
    }
    LOG.info("federation: {} -> {} uses the bidirectional stream the peer opened", local, remote);
    established(link);
  }

  /** This route's own established stream, when other local domains may share it. */
  Optional<ServerLink> ownStream() {
    ServerLink current = stream;
    return current != null && current.local().equals(local) && current.shareable()
        ? Optional.of(current)
        : Optional.empty();
  }

  @Override
  public void established(ServerLink established) {
    synchronized (this) {
      connecting = false;
      if (stopping) {
        established.close(SHUTDOWN);
        return;
      }
      stream = established;
      nextHoldDown = FIRST_HOLD_DOWN;
      if (established.local().equals(local)) {
        established.info().queue(this::queued);
      }
      while (!queue.isEmpty() && established.send(queue.peek().stanza())) {
        queue.poll();
      }
    }
  }

  @Override
  public void failed(FederationFailure failure, boolean retryWithoutTls) {
    List<Stanza> bounced;
    synchronized (this) {
      if (stopping) {
        connecting = false;
        return;
      }
      if (retryWithoutTls) {
        LOG.info(
            "federation: TLS with {} failed ({}); falling back to plaintext with dialback",
            remote,
            failure.reason());
        start(false);
        return;
      }
      connecting = false;
      lastFailure = failure;
      Duration cap = context.limits().maxHoldDown();
      heldDownUntil = Instant.now().plus(nextHoldDown.compareTo(cap) > 0 ? cap : nextHoldDown);
      Duration doubled = nextHoldDown.multipliedBy(2);
      nextHoldDown =
          doubled.compareTo(context.limits().maxHoldDown()) > 0
              ? context.limits().maxHoldDown()
              : doubled;
      bounced = queue.stream().map(Waiting::stanza).toList();
      queue.clear();
    }
    context.remoteDomainGone(remote);
    bounce(bounced, failure);
  }

  /**
   * Stanzas the peer never acknowledged go back to the head of the queue, ahead of newer ones, and
   * a new stream sends them again or bounces them with the reason it fails (XEP-0198 without
   * resumption: the peer may see a stanza twice, but never none). They may exceed the queue bound:
   * dropping them would lose them.
   */
  @Override
  public synchronized void closed(ServerLink closed, List<Stanza> unacknowledged) {
    if (stream != closed && unacknowledged.isEmpty()) {
      return;
    }
    Optional<DomainService> next = successor.get();
    if (next.isPresent()) {
      // After a restart's hand-over: the new service delivers them (after what it already had).
      if (stream == closed) {
        stream = null;
      }
      settled.complete(null);
      unacknowledged.forEach(next.get()::accept);
      return;
    }
    if (!unacknowledged.isEmpty()) {
      LOG.info(
          "federation: re-queued {} unacknowledged stanzas for {} after its stream closed",
          unacknowledged.size(),
          remote);
      Instant now = Instant.now();
      for (int i = unacknowledged.size() - 1; i >= 0; i--) {
        queue.addFirst(new Waiting(unacknowledged.get(i), now));
      }
    }
    if (stream == closed) {
      stream = null;
    }
    if (stopping && stream == null) {
      settled.complete(null);
    }
    if (stream == null && !queue.isEmpty()) {
      startWhenAllowed();
    }
  }

  /** Bounces stanzas that waited longer than the queue timeout. */
  void expire() {
    List<Stanza> expired = new ArrayList<>();
    synchronized (this) {
      Instant limit = Instant.now().minus(context.limits().queueTimeout());
      while (!queue.isEmpty() && queue.peek().since().isBefore(limit)) {
        expired.add(queue.poll().stanza());
      }
    }
    if (expired.isEmpty()) {
      return;
    }
    FederationFailure why =
        lastFailure != null
            ? lastFailure
            : FederationFailure.timeout(
                "queue-timeout", "no stream to " + remote + " could be set up in time");
    LOG.info(
        "federation: {} stanzas {} -> {} waited longer than {}; bouncing with {}",
        expired.size(),
        local,
        remote,
        context.limits().queueTimeout(),
        why.reason());
    bounce(expired, why);
  }

  /** Takes every waiting stanza out, to hand it to the next federation service on a restart. */
  synchronized List<Stanza> drain() {
    List<Stanza> waiting = queue.stream().map(Waiting::stanza).toList();
    queue.clear();
    return waiting;
  }

  synchronized void close() {
    if (stream != null) {
      stream.close(SHUTDOWN);
    }
  }

  /**
   * First step of a restart's hand-over: no new attempt, and the stream closes orderly, so that
   * what the peer did not acknowledge comes back to the head of the queue (XEP-0198).
   */
  synchronized CompletableFuture<Void> stop() {
    stopping = true;
    if (retry != null) {
      retry.cancel(false);
      retry = null;
    }
    if (stream == null) {
      settled.complete(null);
    }
    close();
    return settled;
  }

  private void bounce(List<Stanza> stanzas, FederationFailure failure) {
    for (Stanza stanza : stanzas) {
      context.countBounce(failure.condition());
      if (!stanza.isError()) {
        context.router().route(StanzaParser.errorReply(stanza, failure.toStanzaError()));
      }
    }
  }
}
