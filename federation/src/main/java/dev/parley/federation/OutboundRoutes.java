package dev.parley.federation;

import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.StanzaParser;
import dev.parley.server.DomainService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The router's way out to remote domains: one {@link OutboundRoute} per (local domain, remote
 * domain) pair, created on first use and reused.
 */
public final class OutboundRoutes implements DomainService {
  private static final Logger LOG = LoggerFactory.getLogger(OutboundRoutes.class);

  /** Longer than a stream's orderly close (2 s waiting for the peer's last ack). */
  private static final java.time.Duration HANDOVER_WAIT = java.time.Duration.ofSeconds(3);

  private record Pair(String local, String remote) {}

  private final FederationContext context;
  private final OutboundConnector connector;
  private final Map<Pair, OutboundRoute> routes = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> expiry;

  /**
   * Held (read) by every stanza entering, and (write) by {@link #handOver}: so that no stanza is
   * between "not yet handed over" and "queued here" while the queues move to the next service.
   */
  private final ReadWriteLock handover = new ReentrantReadWriteLock();

  /** Once set, every stanza goes on to the next service; written under {@link #handover}. */
  private volatile DomainService next;

  public OutboundRoutes(FederationContext context) {
    this.context = context;
    this.connector = new OutboundConnector(context);
    this.expiry = context.timers().scheduleAtFixedRate(this::expireQueued, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void accept(Stanza stanza) {
    handover.readLock().lock();
    try {
      if (next != null) {
        next.accept(stanza);
      } else {
        route(stanza);
      }
    } finally {
      handover.readLock().unlock();
    }
  }

  /**
   * A restart: every stanza waiting here goes to {@code successor} in queue order, route by route
   * (so stanzas from one sender to one domain keep their order, RFC 6120 §10.1), and every stanza
   * arriving later (from the router until it is switched over, or given back by a closing stream)
   * follows them there. The caller switches the router to the successor afterwards.
   */
  public void handOver(DomainService successor) {
    // First let every stream close orderly, so that unacknowledged stanzas are back at the head of
    // their queues before the queues move; waiting (bounded) is what keeps them in order.
    CompletableFuture<?>[] closing =
        routes.values().stream().map(OutboundRoute::stop).toArray(CompletableFuture[]::new);
    CompletableFuture.allOf(closing)
        .completeOnTimeout(null, HANDOVER_WAIT.toMillis(), TimeUnit.MILLISECONDS)
        .join();
    handover.writeLock().lock();
    try {
      next = successor;
      int moved = 0;
      for (OutboundRoute route : routes.values()) {
        List<Stanza> waiting = route.drain();
        waiting.forEach(successor::accept);
        moved += waiting.size();
      }
      if (moved > 0) {
        LOG.info("federation: {} queued stanzas handed to the restarted service in order", moved);
      }
    } finally {
      handover.writeLock().unlock();
    }
  }

  /**
   * Where stanzas handed back by a closing stream go once the routes were handed over. Read without
   * the lock (routes call it holding their own lock, which the hand-over takes under the write
   * lock): {@link #next} is volatile and set before any route is drained.
   */
  Optional<DomainService> successor() {
    return Optional.ofNullable(next);
  }

  private void route(Stanza stanza) {
    Optional<String> from = stanza.from().map(Jid::domain).filter(context.domains()::contains);
    String remote = stanza.to().orElseThrow().domain();
    if (from.isEmpty()) {
      // Only our own domains send over federation; anything else would be relaying.
      context.countBounce(StanzaErrorCondition.NOT_ALLOWED);
      if (!stanza.isError()) {
        context
            .router()
            .route(
                StanzaParser.errorReply(
                    stanza, StanzaError.of(StanzaErrorCondition.NOT_ALLOWED, "not relayed")));
      }
      return;
    }
    routeFor(from.get(), remote).send(stanza);
  }

  /**
   * Asks the authoritative server of {@code originating} whether {@code key} is right (XEP-0220
   * §2.3). When it cannot be asked the answer is an error with the XEP-0220 §2.4 condition: {@code
   * remote-server-not-found} (no DNS answer), {@code remote-connection-failed} (no TCP connection)
   * or {@code remote-server-timeout} (no answer in time).
   */
  CompletableFuture<DialbackVerdict> verify(
      String receiving, String originating, String streamId, String key) {
    CompletableFuture<DialbackVerdict> answer = new CompletableFuture<>();
    connector.connect(
        receiving,
        originating,
        new OutboundPurpose.Verify(receiving, originating, streamId, key, answer),
        true,
        new OutboundAttempt() {
          @Override
          public void established(ServerLink stream) {}

          @Override
          public void failed(FederationFailure failure, boolean retryWithoutTls) {
            answer.complete(DialbackVerdict.Error.of(failure.dialbackCondition()));
          }

          @Override
          public void closed(ServerLink stream, List<Stanza> unacknowledged) {
            answer.complete(DialbackVerdict.Error.of("remote-connection-failed"));
          }
        });
    return answer.completeOnTimeout(
        DialbackVerdict.Error.of("remote-server-timeout"),
        context.limits().negotiationTimeout().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * An inbound stream the peer made bidirectional (XEP-0288): stanzas from {@code local} to {@code
   * remote} may go back on it, unless the route already has a stream or is opening one.
   */
  void adopt(String local, String remote, ServerLink link) {
    routeFor(local, remote).adopt(link);
  }

  /** A bidirectional inbound stream ended: its route opens its own stream for what is left. */
  void released(ServerLink link) {
    routes.values().forEach(route -> route.closed(link, List.of()));
  }

  private OutboundRoute routeFor(String local, String remote) {
    return routes.computeIfAbsent(
        new Pair(local, remote),
        p ->
            new OutboundRoute(
                context, connector, this::shareable, this::successor, p.local(), p.remote()));
  }

  /**
   * An established stream to {@code remote} opened for another local domain that may be asked to
   * carry {@code local} too (XEP-0220 §2.4).
   */
  private Optional<ServerLink> shareable(String local, String remote) {
    for (Map.Entry<Pair, OutboundRoute> entry : routes.entrySet()) {
      Pair pair = entry.getKey();
      if (pair.remote().equals(remote) && !pair.local().equals(local)) {
        Optional<ServerLink> own = entry.getValue().ownStream();
        if (own.isPresent()) {
          return own;
        }
      }
    }
    return Optional.empty();
  }

  private void expireQueued() {
    for (OutboundRoute route : routes.values()) {
      route.expire();
    }
  }

  /** Stanzas waiting for a stream, over every remote domain (a metric). */
  public int queued() {
    return routes.values().stream().mapToInt(OutboundRoute::queued).sum();
  }

  /** Closes every outbound stream. */
  public void close() {
    expiry.cancel(false);
    for (OutboundRoute route : routes.values()) {
      route.close();
    }
  }
}
