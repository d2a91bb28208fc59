package dev.parley.router;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.FullJid;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.MessageType;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.server.Addressing;
import dev.parley.server.ClientSession;
import dev.parley.server.DeliveryListener;
import dev.parley.server.OfflineStorage;
import dev.parley.server.PresenceHandler;
import dev.parley.server.RouteDirectory;
import dev.parley.server.Verdict;
import dev.parley.store.UserStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Delivery to a local account, bare or full JID: the rules of RFC 6121 §8.5, written down as a
 * table in docs/ROUTING.md. Returns the stanzas that must be routed next instead of sending them.
 */
public final class AccountDelivery {
  private final RouteDirectory sessions;
  private final UserStore users;
  private final PresenceHandler presence;
  private final OfflineStorage offline;
  private final IqDispatcher iqs;
  private final Bouncer bouncer;
  private final FeatureRegistry registry;
  private final Interception interception;

  /** Builds the delivery rules; see {@link RouterParts} for the collaborators. */
  public AccountDelivery(RouterParts parts, IqDispatcher iqs, Bouncer bouncer) {
    this.sessions = parts.sessions();
    this.users = parts.users();
    this.presence = parts.presence();
    this.offline = parts.offline();
    this.registry = parts.registry();
    this.iqs = iqs;
    this.bouncer = bouncer;
    this.interception = new Interception(parts.registry());
  }

  /** A stanza to {@code account}'s bare JID. */
  List<Stanza> toAccount(Stanza stanza, BareJid account, Optional<ClientSession> origin) {
    List<Stanza> next = new ArrayList<>();
    Verdict verdict = interception.incoming(stanza, account);
    if (!(verdict instanceof Verdict.Continue go)) {
      return rejected(stanza, verdict);
    }
    next.addAll(go.also());
    next.addAll(
        switch (stanza) {
          case Iq iq when iq.type().isRequest() && !exists(account) ->
              // RFC 6121 §8.5.1: an IQ to an account that does not exist gets service-unavailable.
              bouncer.bounce(iq, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
          case Iq iq -> iqs.dispatch(iq, Addressing.ACCOUNT, Optional.of(account), origin);
          case Presence p -> iqs.apply(presence.inbound(p, account), p);
          case Message m -> messageToAccount(m, account);
        });
    return next;
  }

  private boolean exists(BareJid account) {
    return !sessions.sessions(account).isEmpty() || users.exists(account);
  }

  /** A stanza to one resource of a local account. */
  List<Stanza> toResource(Stanza stanza, FullJid jid, Optional<ClientSession> origin) {
    Optional<ClientSession> session = sessions.session(jid);
    if (stanza instanceof Presence p
        && (p.type().isSubscription() || p.type() == PresenceType.PROBE)) {
      // RFC 6121 §3.1.3, §4.3: subscription stanzas and probes are handled for the bare JID.
      return toAccount(
          stanza.withAddresses(stanza.from(), Optional.of(jid.account())), jid.account(), origin);
    }
    if (session.isEmpty()) {
      return toMissingResource(stanza, jid, origin);
    }
    Verdict verdict = interception.incoming(stanza, jid.account());
    if (!(verdict instanceof Verdict.Continue go)) {
      return rejected(stanza, verdict);
    }
    session.get().deliver(stanza);
    if (!(stanza instanceof Message m)) {
      return go.also();
    }
    List<Stanza> listened = delivered(m, jid.account(), Set.of(jid));
    if (listened.isEmpty()) {
      return go.also();
    }
    List<Stanza> next = new ArrayList<>(go.also());
    next.addAll(listened);
    return next;
  }

  /** RFC 6121 §8.5.3.2: the resource is not connected. */
  private List<Stanza> toMissingResource(
      Stanza stanza, FullJid jid, Optional<ClientSession> origin) {
    return switch (stanza) {
      // Only chat falls back to the bare JID; normal, groupchat and headline are bounced.
      case Message m when m.type() == MessageType.CHAT -> toAccount(m, jid.account(), origin);
      case Message m when m.isError() -> bouncer.drop(m, "error to a resource that is gone");
      case Message m -> bouncer.bounce(m, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
      case Presence p -> bouncer.drop(p, "presence to a resource that is not connected");
      case Iq iq when iq.type().isRequest() ->
          bouncer.bounce(iq, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
      case Iq iq -> bouncer.drop(iq, "IQ response to a resource that is gone");
    };
  }

  /**
   * Delivers {@code message} to the online sessions of a local account, if that takes nothing that
   * may block (storage, an interceptor that must read it) and nothing to route before it: the same
   * rules as {@link #toAccount} and {@link #toResource}, for the case that needs only memory.
   * Returns what the delivery produced, to be routed next; empty, having done nothing, when the
   * message must take the blocking path.
   */
  Optional<List<Stanza>> messageNow(Message message, Jid to) {
    return switch (to) {
      case BareJid bare -> messageToAccountNow(message, bare);
      case FullJid full when full.local().isPresent() -> messageToResourceNow(message, full);
      default -> Optional.empty();
    };
  }

  private Optional<List<Stanza>> messageToResourceNow(Message message, FullJid jid) {
    Optional<ClientSession> session = sessions.session(jid);
    if (session.isEmpty()) {
      // §8.5.3.2: only chat falls back to the bare JID; the rest are bounced or dropped.
      return message.type() == MessageType.CHAT
          ? messageToAccountNow(message, jid.account())
          : Optional.empty();
    }
    if (!interception.incomingPassesNow(message, jid.account())) {
      return Optional.empty();
    }
    session.get().deliver(message);
    return Optional.of(delivered(message, jid.account(), Set.of(jid)));
  }

  private Optional<List<Stanza>> messageToAccountNow(Message message, BareJid account) {
    List<ClientSession> targets =
        switch (message.type()) {
          case CHAT, NORMAL -> highestPriority(available(account));
          case HEADLINE -> available(account);
          // Bounced or dropped: rare, and the bounce is routed on the blocking path.
          case GROUPCHAT, ERROR -> List.of();
        };
    if (targets.isEmpty() || !interception.incomingPassesNow(message, account)) {
      return Optional.empty(); // offline storage or a bounce; or an interceptor must block
    }
    return Optional.of(deliverTo(message, account, targets));
  }

  /** The sessions of {@code account} that take messages to the bare JID (RFC 6121 §8.5.2.1). */
  private List<ClientSession> available(BareJid account) {
    List<ClientSession> available = new ArrayList<>();
    for (ClientSession session : sessions.sessions(account)) {
      if (session.isAvailable() && session.priority() >= 0) {
        available.add(session);
      }
    }
    return available;
  }

  /** RFC 6121 §8.5.2: messages to the bare JID. */
  private List<Stanza> messageToAccount(Message message, BareJid account) {
    List<ClientSession> available = available(account);
    if (available.isEmpty() && !users.exists(account)) {
      // §8.5.1: no such account.
      return bouncer.bounce(message, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
    }
    return switch (message.type()) {
      case GROUPCHAT ->
          bouncer.bounce(message, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
      case ERROR -> bouncer.drop(message, "error message to a bare JID (RFC 6121 §8.5.2.1.1)");
      case HEADLINE ->
          available.isEmpty()
              ? bouncer.drop(message, "headline for an account with no available resource")
              : deliverTo(message, account, available);
      case CHAT, NORMAL ->
          available.isEmpty()
              ? iqs.apply(offline.store(message, account), message)
              : deliverTo(message, account, highestPriority(available));
    };
  }

  private static List<ClientSession> highestPriority(List<ClientSession> available) {
    int best = Integer.MIN_VALUE;
    for (ClientSession session : available) {
      best = Math.max(best, session.priority());
    }
    List<ClientSession> top = new ArrayList<>();
    for (ClientSession session : available) {
      if (session.priority() == best) {
        top.add(session);
      }
    }
    return top;
  }

  private List<Stanza> deliverTo(Message message, BareJid account, List<ClientSession> targets) {
    Set<FullJid> receivers = new LinkedHashSet<>();
    for (ClientSession session : targets) {
      session.deliver(message);
      receivers.add(session.jid());
    }
    return delivered(message, account, receivers);
  }

  private List<Stanza> delivered(Message message, BareJid account, Set<FullJid> receivers) {
    List<Stanza> next = List.of();
    for (DeliveryListener listener : registry.deliveryListeners()) {
      List<Stanza> more = listener.delivered(message, account, receivers);
      if (!more.isEmpty()) {
        next = next.isEmpty() ? new ArrayList<>() : next;
        next.addAll(more);
      }
    }
    return next;
  }

  private List<Stanza> rejected(Stanza stanza, Verdict verdict) {
    return switch (verdict) {
      case Verdict.Reject reject -> bouncer.bounce(stanza, reject.error());
      case Verdict.Drop drop -> bouncer.drop(stanza, drop.reason());
      case Verdict.Continue c -> throw new IllegalStateException("not a rejection");
    };
  }
}
