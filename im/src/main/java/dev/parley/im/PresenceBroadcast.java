package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.XmlParsing;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import dev.parley.server.SessionAttribute;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Presence broadcast, probes and directed presence (RFC 6121 §4). */
final class PresenceBroadcast {
  @SuppressWarnings("unchecked")
  private static final SessionAttribute<Set<Jid>> DIRECTED =
      new SessionAttribute<>("directed-presence", (Class<Set<Jid>>) (Class<?>) Set.class);

  private final RosterStore rosters;
  private final RouteDirectory sessions;
  private final OfflineService offline;
  private final PresenceSubscribers subscribers;

  PresenceBroadcast(RosterStore rosters, RouteDirectory sessions, OfflineService offline) {
    this.rosters = rosters;
    this.sessions = sessions;
    this.offline = offline;
    this.subscribers = new PresenceSubscribers(rosters, sessions);
  }

  /** §4.2 and §4.5: a presence without 'to' goes to subscribers and to the user's resources. */
  List<Stanza> broadcast(Presence presence, ClientSession sender) {
    BareJid user = sender.jid().account();
    boolean initial = !sender.isAvailable() && presence.type() == PresenceType.AVAILABLE;
    boolean available = presence.type() == PresenceType.AVAILABLE;
    boolean reachableBefore = sender.isAvailable() && sender.priority() >= 0;
    // Initial presence needs the whole roster (probes below); later updates only the subscribers.
    List<RosterItem> roster = initial ? subscribers.roster(sender) : List.of();
    List<Jid> contacts = subscribers.of(sender);
    List<Stanza> out = new ArrayList<>(contacts.size() + 4);
    Presence fromSender = presence.withAddresses(Optional.of(sender.jid()), presence.to());
    for (Jid contact : contacts) {
      out.add(addressedTo(fromSender, contact));
    }
    for (ClientSession own : sessions.sessions(user)) {
      if (own.isAvailable() || own == sender) {
        own.deliver(addressedTo(fromSender, own.jid()));
      }
    }
    if (!available) {
      out.addAll(endDirected(presence, sender, Set.copyOf(contacts)));
    }
    if (initial) {
      List<Stanza> stored = offline.becameAvailable(sender, presence);
      out.addAll(initialPresence(sender, roster));
      out.addAll(stored);
    } else if (available && !reachableBefore && presence.priority() >= 0) {
      // XEP-0160: stored messages wait for non-negative presence, not only for initial presence.
      out.addAll(offline.becameAvailable(sender, presence));
    } else {
      sender.updatePresence(available ? Optional.of(presence) : Optional.empty());
    }
    return out;
  }

  /**
   * {@code template} (already from the sender) to {@code to}: only 'to' changes, so the element is
   * re-addressed once instead of twice and the stanza is not parsed again, per contact.
   */
  private static Presence addressedTo(Presence template, Jid to) {
    return new Presence(
        template.element().withAttribute("to", to.toString()),
        template.from(),
        Optional.of(to),
        template.id(),
        template.type());
  }

  /** §4.2.2-4.2.3: probes to contacts, other resources' presence and pending requests. */
  private List<Stanza> initialPresence(ClientSession sender, List<RosterItem> roster) {
    BareJid user = sender.jid().account();
    List<Stanza> out = new ArrayList<>();
    for (RosterItem item : roster) {
      if (item.subscription().hasTo()) {
        out.add(Presence.of(PresenceType.PROBE, Optional.of(user), Optional.of(item.contact())));
      }
    }
    for (ClientSession other : sessions.sessions(user)) {
      if (other != sender) {
        other
            .presence()
            .ifPresent(
                p ->
                    sender.deliver(
                        p.withAddresses(Optional.of(other.jid()), Optional.of(sender.jid()))));
      }
    }
    for (PendingSubscription pending : rosters.pending(user)) {
      sender.deliver(Stanza.parse(XmlParsing.parseElement(pending.stanzaXml())));
    }
    return out;
  }

  /** §4.6: presence to one entity, remembered so that it gets our unavailable later. */
  List<Stanza> directed(Presence presence, ClientSession sender) {
    Jid to = presence.to().orElseThrow();
    Set<Jid> directed = new HashSet<>(sender.attribute(DIRECTED).orElse(Set.of()));
    if (presence.type() == PresenceType.AVAILABLE) {
      directed.add(to);
    } else {
      directed.remove(to);
    }
    sender.attribute(DIRECTED, Optional.of(Set.copyOf(directed)));
    return List.of(presence.withAddresses(Optional.of(sender.jid()), Optional.of(to)));
  }

  /** §4.6.3: directed presence recipients that the broadcast did not already reach. */
  private List<Stanza> endDirected(
      Presence unavailable, ClientSession sender, Set<Jid> subscribers) {
    List<Stanza> out = new ArrayList<>();
    for (Jid to : sender.attribute(DIRECTED).orElse(Set.of())) {
      if (!subscribers.contains(to.bare())) {
        out.add(unavailable.withAddresses(Optional.of(sender.jid()), Optional.of(to)));
      }
    }
    sender.attribute(DIRECTED, Optional.empty());
    return out;
  }

  /** §4.3.2: answer a probe from a contact subscribed to the user's presence. */
  List<Stanza> answerProbe(Presence probe, BareJid user, Jid contact) {
    Optional<RosterItem> item = rosters.item(user, contact);
    if (item.isEmpty() || !item.get().subscription().hasFrom()) {
      return List.of();
    }
    Jid prober = probe.from().orElseThrow();
    List<Stanza> out = new ArrayList<>();
    for (ClientSession session : sessions.sessions(user)) {
      session
          .presence()
          .ifPresent(
              p -> out.add(p.withAddresses(Optional.of(session.jid()), Optional.of(prober))));
    }
    if (out.isEmpty()) {
      out.add(Presence.of(PresenceType.UNAVAILABLE, Optional.of(user), Optional.of(prober)));
    }
    return out;
  }

  /** §8.5.2.1.2: presence to the bare JID goes to every available resource. */
  void deliverToAvailable(Presence presence, BareJid user) {
    for (ClientSession session : sessions.sessions(user)) {
      if (session.isAvailable()) {
        session.deliver(presence);
      }
    }
  }
}
