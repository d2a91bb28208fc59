package dev.parley.im;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.XmlWriter;
import dev.parley.store.PendingSubscription;
import dev.parley.store.RosterItem;
import dev.parley.store.RosterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contact's server side of subscriptions (RFC 6121 §3): a subscription stanza arrives for a
 * local user. Returns the stanzas to route and tells the caller whether the stanza itself must be
 * delivered to the user's available resources.
 */
final class InboundSubscriptions {
  private final RosterStore rosters;
  private final RosterPushes pushes;
  private final OutboundSubscriptions outbound;

  InboundSubscriptions(RosterStore rosters, RosterPushes pushes, OutboundSubscriptions outbound) {
    this.rosters = rosters;
    this.pushes = pushes;
    this.outbound = outbound;
  }

  /** What to route, and whether to deliver the stanza to the user. */
  record Result(List<Stanza> route, boolean deliver) {}

  Result handle(Presence presence, BareJid user, Jid contact) {
    Optional<RosterItem> existing = rosters.item(user, contact);
    RosterItem item = existing.orElse(RosterItem.of(user, contact));
    List<Stanza> out = new ArrayList<>();
    boolean deliver =
        switch (presence.type()) {
          case SUBSCRIBE -> subscribe(presence, user, contact, item, out);
          case SUBSCRIBED -> {
            // §3.1.6: only an answer to our pending request changes anything.
            if (existing.isPresent() && item.askSubscribe()) {
              out.addAll(
                  pushes.save(
                      item.withSubscription(item.subscription().withTo(true)).withAsk(false)));
              yield true;
            }
            yield false;
          }
          case UNSUBSCRIBE -> {
            boolean pending = isPending(user, contact);
            rosters.removePending(user, contact);
            if (existing.isPresent() && item.subscription().hasFrom()) {
              out.addAll(pushes.save(item.withSubscription(item.subscription().withFrom(false))));
              // §3.3.3: the contact will get no later presence from the user, so it is told now
              // that the user's resources are unavailable.
              out.addAll(outbound.unavailableTo(user, contact));
              yield true;
            }
            yield pending;
          }
          case UNSUBSCRIBED -> {
            if (existing.isPresent() && (item.subscription().hasTo() || item.askSubscribe())) {
              out.addAll(
                  pushes.save(
                      item.withSubscription(item.subscription().withTo(false)).withAsk(false)));
              yield true;
            }
            yield false;
          }
          default -> throw new IllegalArgumentException("not a subscription: " + presence.type());
        };
    return new Result(out, deliver);
  }

  private boolean subscribe(
      Presence presence, BareJid user, Jid contact, RosterItem item, List<Stanza> out) {
    if (item.subscription().hasFrom()) {
      // §3.1.3: already approved, answer on the user's behalf.
      out.add(answer(PresenceType.SUBSCRIBED, user, contact));
      return false;
    }
    if (item.preApproved()) {
      // §3.4: pre-approved, so approve now.
      out.addAll(
          pushes.save(
              item.withSubscription(item.subscription().withFrom(true)).withPreApproved(false)));
      out.add(answer(PresenceType.SUBSCRIBED, user, contact));
      out.addAll(outbound.currentPresence(user, contact));
      return false;
    }
    if (!isPending(user, contact)) {
      Presence request = presence.withAddresses(Optional.of(contact), Optional.of(user));
      rosters.addPending(
          new PendingSubscription(user, contact, XmlWriter.toXml(request.element())));
    }
    return true;
  }

  private boolean isPending(BareJid user, Jid contact) {
    for (PendingSubscription pending : rosters.pending(user)) {
      if (pending.contact().equals(contact)) {
        return true;
      }
    }
    return false;
  }

  private static Presence answer(PresenceType type, BareJid user, Jid contact) {
    return Presence.of(type, Optional.of(user), Optional.of(contact));
  }
}
