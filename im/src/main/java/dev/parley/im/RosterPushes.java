package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.server.RouteDirectory;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.List;

/** Saves roster changes and produces the pushes that announce them. */
final class RosterPushes {
  private final RosterStore rosters;
  private final RouteDirectory sessions;
  private final PresenceSubscribers subscribers;

  RosterPushes(RosterStore rosters, RouteDirectory sessions) {
    this.rosters = rosters;
    this.sessions = sessions;
    this.subscribers = new PresenceSubscribers(rosters, sessions);
  }

  /** Stores the item and returns the pushes to the owner's interested sessions. */
  List<Stanza> save(RosterItem item) {
    long version = rosters.put(item);
    subscribers.changed(item.owner());
    return List.copyOf(
        RosterXml.pushes(
            item.owner(), sessions.sessions(item.owner()), RosterXml.item(item), version));
  }

  List<Stanza> remove(BareJid owner, Jid contact) {
    long version = rosters.remove(owner, contact);
    subscribers.changed(owner);
    return List.copyOf(
        RosterXml.pushes(owner, sessions.sessions(owner), RosterXml.removedItem(contact), version));
  }
}
