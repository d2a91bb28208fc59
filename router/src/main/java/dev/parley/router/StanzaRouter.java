package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Presence;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.ClientSession;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import dev.parley.server.ServerInfo;
import dev.parley.server.Verdict;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Router}: decides where each stanza goes (hosted account or domain, local service,
 * remote domain) and routes whatever the handlers produce in turn. Work is kept in a queue, not in
 * recursion, so a chain of replies cannot grow the stack.
 */
public final class StanzaRouter implements Router {
  private static final Logger LOG = LoggerFactory.getLogger(StanzaRouter.class);
  private final ServerInfo info;
  private final PresenceRules presenceRules;
  private final AccountDelivery accounts;
  private final IqDispatcher iqs;
  private final Bouncer bouncer;
  private final Interception interception;
  private volatile DomainService remoteDomains;
  private final Map<String, DomainService> services = new ConcurrentHashMap<>();
  private final RouteCounters counters;

  public StanzaRouter(RouterParts parts) {
    this.info = parts.info();
    this.counters = new RouteCounters(parts.metrics());
    this.bouncer = new Bouncer(counters);
    this.iqs = new IqDispatcher(parts.registry(), bouncer);
    this.accounts = new AccountDelivery(parts, iqs, bouncer);
    this.interception = new Interception(parts.registry());
    this.presenceRules = new PresenceRules(parts.presence(), iqs);
    this.remoteDomains = this::federationOff;
  }

  /**
   * Sends stanzas for domains that are neither hosted nor served locally to {@code service}, the
   * federation connection manager. Until one is set, they bounce because federation is off.
   */
  public void remoteDomains(DomainService service) {
    remoteDomains = service;
  }

  /** Stops routing to the federation connection manager: federation is off again. */
  public void federationStopped() {
    remoteDomains = this::federationOff;
  }

  private void federationOff(Stanza stanza) {
    drain(
        bouncer.bounce(
            stanza,
            StanzaError.of(
                    StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
                    "XMPP federation is off on this server, so "
                        + stanza.to().map(Jid::domain).orElse("?")
                        + " cannot be reached")
                .withReason("federation-off")),
        Optional.empty());
  }

  /** Serves a whole domain locally (a chat service on a chat node alias). */
  public void serviceDomain(DomainJid domain, DomainService service) {
    services.put(domain.domain(), service);
  }

  public void removeServiceDomain(DomainJid domain) {
    services.remove(domain.domain());
  }

  @Override
  public void route(Stanza stanza) {
    drain(List.of(stanza), Optional.empty());
  }

  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender) {
    counters.routed(stanza, RouteCounters.Route.IN);
    Verdict verdict = interception.outgoing(stanza, sender);
    switch (verdict) {
      case Verdict.Reject reject -> drain(bouncer.bounce(stanza, reject.error()), Optional.empty());
      case Verdict.Drop drop -> bouncer.drop(stanza, drop.reason());
      case Verdict.Continue go -> {
        drain(go.also(), Optional.empty());
        drain(fromClient(stanza, sender), Optional.of(sender));
      }
    }
  }

  /**
   * The event loop's way in: a message to a local account's online sessions is delivered here and
   * now, which saves a thread hop per message; anything that may block goes to {@code blocking}
   * whole, and whatever the delivery produced (carbons) follows it there.
   */
  @Override
  public void routeFromClient(Stanza stanza, ClientSession sender, Executor blocking) {
    Optional<List<Stanza>> produced =
        stanza instanceof Message message ? messageNow(message, sender) : Optional.empty();
    if (produced.isEmpty()) {
      blocking.execute(() -> routeFromClient(stanza, sender));
    } else if (!produced.get().isEmpty()) {
      List<Stanza> next = produced.get();
      blocking.execute(() -> drain(next, Optional.empty()));
    }
  }

  private Optional<List<Stanza>> messageNow(Message message, ClientSession sender) {
    Optional<Jid> to = message.to();
    if (to.isEmpty()
        || !info.hosts(to.get().domain())
        || !interception.outgoingPassesNow(message, sender)) {
      return Optional.empty();
    }
    Optional<List<Stanza>> produced = accounts.messageNow(message, to.get());
    if (produced.isPresent()) {
      counters.routed(message, RouteCounters.Route.IN);
      counters.routed(message, RouteCounters.Route.LOCAL);
    }
    return produced;
  }

  private List<Stanza> fromClient(Stanza stanza, ClientSession sender) {
    BareJid account = sender.jid().account();
    return switch (stanza) {
      case Presence presence -> presenceRules.outbound(presence, sender);
      case Message message when message.to().isEmpty() ->
          // RFC 6120 §10.3.1: no 'to' means the sender's own bare JID.
          List.of(message.withAddresses(message.from(), Optional.of(account)));
      case Iq iq when iq.to().isEmpty() || iq.to().get().equals(account) ->
          iqs.dispatch(iq, Addressing.ACCOUNT, Optional.of(account), Optional.of(sender));
      default -> List.of(stanza);
    };
  }

  /** Routes {@code first} (sent by {@code origin}, if any), then everything that produces. */
  private void drain(List<Stanza> first, Optional<ClientSession> origin) {
    Deque<Stanza> work = null;
    for (Stanza stanza : first) {
      List<Stanza> next = step(stanza, origin);
      if (!next.isEmpty()) {
        // Most stanzas produce nothing further (a delivery): no queue for them, as a room's
        // fan-out routes each of its hundreds of copies on its own.
        work = work == null ? new ArrayDeque<>() : work;
        work.addAll(next);
      }
    }
    while (work != null && !work.isEmpty()) {
      work.addAll(step(work.poll(), Optional.empty()));
    }
  }

  private List<Stanza> step(Stanza stanza, Optional<ClientSession> origin) {
    Optional<Jid> to = stanza.to();
    if (to.isEmpty()) {
      LOG.warn("server produced a stanza without 'to', not routable: {}", stanza.element());
      return bouncer.drop(stanza, "no 'to' address");
    }
    String domain = to.get().domain();
    if (info.hosts(domain)) {
      counters.routed(stanza, RouteCounters.Route.LOCAL);
      return toHostedDomain(stanza, to.get(), origin);
    }
    DomainService service = services.get(domain);
    counters.routed(
        stanza, service == null ? RouteCounters.Route.REMOTE : RouteCounters.Route.SERVICE);
    (service == null ? remoteDomains : service).accept(stanza);
    return List.of();
  }

  private List<Stanza> toHostedDomain(Stanza stanza, Jid to, Optional<ClientSession> origin) {
    return switch (to) {
      case BareJid bare -> accounts.toAccount(stanza, bare, origin);
      case FullJid full when full.local().isPresent() -> accounts.toResource(stanza, full, origin);
      case FullJid full -> toHost(stanza, origin);
      case DomainJid domain -> toHost(stanza, origin);
    };
  }

  private List<Stanza> toHost(Stanza stanza, Optional<ClientSession> origin) {
    return switch (stanza) {
      case Iq iq -> iqs.dispatch(iq, Addressing.HOST, Optional.empty(), origin);
      case Presence p -> bouncer.drop(p, "presence addressed to the server itself");
      case Message m ->
          bouncer.bounce(
              m,
              StanzaError.of(
                  StanzaErrorCondition.SERVICE_UNAVAILABLE, "the server does not accept messages"));
    };
  }
}
