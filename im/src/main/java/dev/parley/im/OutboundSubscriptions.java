package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.server.ClientSession;
import dev.parley.server.RouteDirectory;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's server side of subscriptions (RFC 6121 §3): what happens when a local user sends
 * subscribe, subscribed, unsubscribe or unsubscribed. The stanza leaves stamped with the user's
 * bare JID.
 */
final class OutboundSubscriptions {
  private final RosterStore rosters;
  private final RouteDirectory sessions;
  private final RosterPushes pushes;

  OutboundSubscriptions(RosterStore rosters, RouteDirectory sessions, RosterPushes pushes) {
    this.rosters = rosters;
    this.sessions = sessions;
    this.pushes = pushes;
  }

  List<Stanza> handle(Presence presence, BareJid user, Jid contact) {
    Presence stamped = presence.withAddresses(Optional.of(user), Optional.of(contact));
    RosterItem item = rosters.item(user, contact).orElse(RosterItem.of(user, contact));
    boolean known = rosters.item(user, contact).isPresent();
    List<Stanza> out = new ArrayList<>();
    switch (presence.type()) {
      case SUBSCRIBE -> {
        // §3.1.2: record "pending out" unless already subscribed, then route the request.
        if (!item.subscription().hasTo() && !item.askSubscribe()) {
          out.addAll(pushes.save(item.withAsk(true)));
        } else if (!known) {
          out.addAll(pushes.save(item));
        }
        out.add(stamped);
      }
      case SUBSCRIBED -> out.addAll(approve(stamped, user, contact, item));
      case UNSUBSCRIBE -> {
        // §3.3.2: cancel our subscription to the contact.
        if (known && (item.subscription().hasTo() || item.askSubscribe())) {
          out.addAll(
              pushes.save(item.withSubscription(item.subscription().withTo(false)).withAsk(false)));
        }
        out.add(stamped);
      }
      case UNSUBSCRIBED -> out.addAll(cancelFrom(stamped, user, contact, item, known));
      default -> throw new IllegalArgumentException("not a subscription: " + presence.type());
    }
    return out;
  }

  private List<Stanza> approve(Presence stamped, BareJid user, Jid contact, RosterItem item) {
    boolean requested =
        rosters.pending(user).stream().anyMatch(pending -> pending.contact().equals(contact));
    List<Stanza> out = new ArrayList<>();
    if (requested) {
      // §3.1.5: approve a pending request, then send current presence to the new subscriber.
      rosters.removePending(user, contact);
      out.addAll(pushes.save(item.withSubscription(item.subscription().withFrom(true))));
      out.add(stamped);
      out.addAll(currentPresence(user, contact));
    } else if (!item.subscription().hasFrom() && !item.preApproved()) {
      // §3.4: no request yet, so this is a pre-approval; nothing is sent to the contact.
      out.addAll(pushes.save(item.withPreApproved(true)));
    }
    return out;
  }

  /**
   * §3.2.2: denying a request or cancelling a subscription is routed (after unavailable presence
   * from every available resource, while the contact is still subscribed); cancelling a
   * pre-approval only clears the flag, and with nothing to cancel nothing is routed.
   */
  private List<Stanza> cancelFrom(
      Presence stamped, BareJid user, Jid contact, RosterItem item, boolean known) {
    List<Stanza> out = new ArrayList<>();
    boolean requested =
        rosters.pending(user).stream().anyMatch(pending -> pending.contact().equals(contact));
    if (requested) {
      rosters.removePending(user, contact);
    }
    boolean subscribed = known && item.subscription().hasFrom();
    if (subscribed) {
      out.addAll(unavailableTo(user, contact));
    }
    if (subscribed || (known && item.preApproved())) {
      out.addAll(
          pushes.save(
              item.withSubscription(item.subscription().withFrom(false)).withPreApproved(false)));
    }
    if (subscribed || requested) {
      out.add(stamped);
    }
    return out;
  }

  /** Unavailable presence from each available resource of {@code user} to {@code contact}. */
  List<Stanza> unavailableTo(BareJid user, Jid contact) {
    List<Stanza> out = new ArrayList<>();
    for (ClientSession session : sessions.sessions(user)) {
      if (session.isAvailable()) {
        out.add(
            Presence.of(
                PresenceType.UNAVAILABLE, Optional.of(session.jid()), Optional.of(contact)));
      }
    }
    return out;
  }

  /** The presence of each available resource of {@code user}, addressed to {@code contact}. */
  List<Stanza> currentPresence(BareJid user, Jid contact) {
    List<Stanza> out = new ArrayList<>();
    for (ClientSession session : sessions.sessions(user)) {
      session
          .presence()
          .ifPresent(
              p -> out.add(p.withAddresses(Optional.of(session.jid()), Optional.of(contact))));
    }
    return out;
  }
}
