package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.Outcome;
import dev.parley.server.PresenceHandler;
import dev.parley.server.RouteDirectory;
import dev.parley.store.RosterStore;
import dev.parley.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 6121 presence: broadcast of a user's presence to subscribers and own resources, probes,
 * directed presence, and the subscription state machine on both sides.
 */
public final class PresenceService implements PresenceHandler, Feature {
  private static final Logger LOG = LoggerFactory.getLogger(PresenceService.class);
  private final RouteDirectory sessions;
  private final UserStore users;
  private final PresenceBroadcast broadcast;
  private final OutboundSubscriptions outboundSubscriptions;
  private final InboundSubscriptions inboundSubscriptions;
  private final RosterLocks rosterLocks = new RosterLocks();

  public PresenceService(
      RosterStore rosters, UserStore users, RouteDirectory sessions, OfflineService offline) {
    this.sessions = sessions;
    this.users = users;
    RosterPushes pushes = new RosterPushes(rosters, sessions);
    this.outboundSubscriptions = new OutboundSubscriptions(rosters, sessions, pushes);
    this.inboundSubscriptions = new InboundSubscriptions(rosters, pushes, outboundSubscriptions);
    this.broadcast = new PresenceBroadcast(rosters, sessions, offline);
  }

  @Override
  public String name() {
    return "presence";
  }

  @Override
  public void register(FeatureContext context) {
    context.streamFeature(Element.of("sub", Namespaces.PRE_APPROVAL));
  }

  @Override
  public Outcome outbound(Presence presence, ClientSession sender) {
    BareJid user = sender.jid().account();
    return switch (presence.type()) {
      case AVAILABLE, UNAVAILABLE ->
          Outcome.send(
              presence.to().isEmpty()
                  ? broadcast.broadcast(presence, sender)
                  : broadcast.directed(presence, sender));
      case SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED ->
          presence
              .to()
              .map(
                  to ->
                      Outcome.send(
                          rosterLocks.changing(
                              user, () -> outboundSubscriptions.handle(presence, user, to.bare()))))
              .orElseGet(Outcome::done);
      // Clients have no business probing (RFC 6121 §4.3); errors go where they are addressed.
      case PROBE -> Outcome.done();
      case ERROR -> presence.to().isPresent() ? Outcome.reply(presence) : Outcome.done();
    };
  }

  @Override
  public Outcome inbound(Presence presence, BareJid recipient) {
    Optional<Jid> from = presence.from();
    if (from.isEmpty()) {
      return Outcome.done();
    }
    Jid contact = from.get().bare();
    boolean hasSessions = !sessions.sessions(recipient).isEmpty();
    if (!hasSessions && !users.exists(recipient)) {
      return noSuchUser(presence, recipient, contact);
    }
    return switch (presence.type()) {
      case SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED -> {
        InboundSubscriptions.Result result =
            rosterLocks.changing(
                recipient, () -> inboundSubscriptions.handle(presence, recipient, contact));
        if (result.deliver()) {
          broadcast.deliverToAvailable(presence, recipient);
        }
        yield Outcome.send(result.route());
      }
      case PROBE -> Outcome.send(broadcast.answerProbe(presence, recipient, contact));
      case AVAILABLE, UNAVAILABLE, ERROR -> {
        broadcast.deliverToAvailable(presence, recipient);
        yield Outcome.done();
      }
    };
  }

  /** RFC 6121 §3.1.3 and §4.3.2: requests and probes for a missing account get unsubscribed. */
  private Outcome noSuchUser(Presence presence, BareJid recipient, Jid contact) {
    if (presence.type() == PresenceType.SUBSCRIBE || presence.type() == PresenceType.PROBE) {
      LOG.debug("{} for unknown account {} from {}", presence.type(), recipient, contact);
      return Outcome.reply(
          Presence.of(PresenceType.UNSUBSCRIBED, Optional.of(recipient), Optional.of(contact)));
    }
    return Outcome.done();
  }

  /** Stanzas that make a session's presence unavailable when it ends without saying so. */
  public List<Stanza> sessionEnded(ClientSession session) {
    if (!session.isAvailable()) {
      return new ArrayList<>();
    }
    Presence unavailable =
        Presence.of(PresenceType.UNAVAILABLE, Optional.of(session.jid()), Optional.empty());
    return broadcast.broadcast(unavailable, session);
  }
}
