package dev.parley.email;

import dev.parley.protocol.Jid;
import dev.parley.server.ServerInfo;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is affected when the setting changes. A federated server keeps subscriptions by address:
 * contacts that subscribed to {@code jdoe@im.example.com} hold that address, and after the switch
 * the user appears as {@code john.doe@example.com}, a stranger to them (and the reverse when the
 * setting is turned off). For every local user with an email address, this lists the federated
 * contacts of the roster with any subscription state, which must subscribe again under the new
 * address. Reads the database: call it from an admin thread, never from an event loop.
 */
public final class SubscriptionImpact {
  private final AddressBook book;
  private final RosterStore rosters;
  private final ServerInfo info;

  public SubscriptionImpact(AddressBook book, RosterStore rosters, ServerInfo info) {
    this.book = book;
    this.rosters = rosters;
    this.info = info;
  }

  /** The users with at least one affected contact, in JID order. */
  public List<ImpactEntry> entries() {
    List<ImpactEntry> entries = new ArrayList<>();
    for (EmailMapping mapping : book.mappings()) {
      Map<Jid, String> states = new LinkedHashMap<>();
      for (RosterItem item : rosters.items(mapping.user())) {
        if (federated(item.contact())
            && (item.subscription().hasTo()
                || item.subscription().hasFrom()
                || item.askSubscribe())) {
          states.put(
              item.contact(),
              item.subscription().name().toLowerCase(Locale.ROOT)
                  + (item.askSubscribe() ? "+pending-out" : ""));
        }
      }
      for (PendingSubscription pending : rosters.pending(mapping.user())) {
        if (federated(pending.contact())) {
          states.merge(pending.contact(), "none+pending-in", (a, b) -> a + "+pending-in");
        }
      }
      if (!states.isEmpty()) {
        List<AffectedContact> contacts = new ArrayList<>();
        states.forEach((contact, state) -> contacts.add(new AffectedContact(contact, state)));
        entries.add(new ImpactEntry(mapping.user(), mapping.email(), contacts));
      }
    }
    return entries;
  }

  private boolean federated(Jid contact) {
    return !info.hosts(contact.domain()) && !book.domains().contains(contact.domain());
  }
}
