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

/**
 * The router's way out to remote domains: one {@link OutboundRoute} per (local domain, remote
 * domain) pair, created on first use and reused.
 */
public final class OutboundRoutes implements DomainService {
  private record Pair(String local, String remote) {}

  private final FederationContext context;
  private final OutboundConnector connector;
  private final Map<Pair, OutboundRoute> routes = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> expiry;

  public OutboundRoutes(FederationContext context) {
    this.context = context;
    this.connector = new OutboundConnector(context);
    this.expiry = context.timers().scheduleAtFixedRate(this::expireQueued, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void accept(Stanza stanza) {
    Optional<String> from = stanza.from().map(Jid::domain).filter(context.domains()::contains);
    String remote = stanza.to().orElseThrow().domain();
    if (from.isEmpty()) {
      // Only our own domains send over federation; anything else would be relaying.
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
        p -> new OutboundRoute(context, connector, this::shareable, p.local(), p.remote()));
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

  /** Takes every stanza still waiting for a stream out of the queues (a restart re-routes them). */
  public List<Stanza> drainQueued() {
    List<Stanza> waiting = new java.util.ArrayList<>();
    for (OutboundRoute route : routes.values()) {
      waiting.addAll(route.drain());
    }
    return waiting;
  }

  /** Closes every outbound stream. */
  public void close() {
    expiry.cancel(false);
    for (OutboundRoute route : routes.values()) {
      route.close();
    }
  }
}
