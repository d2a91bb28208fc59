package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.Optional;

/**
 * IQs addressed to an occupant's room JID (XEP-0045 §7.x "IQ to occupants", XEP-0410 self-ping).
 * Requests go to the occupant's real JID from the sender's room JID, with the same id; the answer
 * comes back to that room JID and is passed on the same way. A ping to one's own nickname is
 * answered by the service (XEP-0410 §3.2, self-ping optimisation).
 */
final class IqForwarding {

  void handle(Room room, Iq iq, String nick, Outbox out) {
    Optional<Occupant> sender = iq.from().flatMap(room::occupantByRealJid);
    if (!iq.type().isRequest()) {
      // A result or error answering a forwarded request: pass it on, never answer it.
      Optional<Occupant> target = room.occupant(nick);
      if (sender.isPresent() && target.isPresent()) {
        out.send(forwarded(room, sender.get(), target.get().realJid(), iq));
      }
      return;
    }
    if (sender.isEmpty()) {
      // XEP-0410 §3.1: not (or no longer) an occupant.
      out.error(iq, StanzaErrorCondition.NOT_ACCEPTABLE, "you are not an occupant");
      return;
    }
    Optional<Element> payload = iq.payload();
    if (nick.equals(sender.get().nick())
        && payload.filter(p -> p.is("ping", MucNs.PING)).isPresent()) {
      out.send(iq.emptyResult());
      return;
    }
    Optional<Occupant> target = room.occupant(nick);
    if (target.isEmpty()) {
      out.error(iq, StanzaErrorCondition.ITEM_NOT_FOUND, "no such occupant");
      return;
    }
    out.send(forwarded(room, sender.get(), target.get().realJid(), iq));
  }

  private static Stanza forwarded(Room room, Occupant from, Jid to, Iq iq) {
    Jid roomJid = room.occupantJid(from.nick());
    return iq.withAddresses(Optional.of(roomJid), Optional.of(to));
  }
}
