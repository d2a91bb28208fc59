package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the presence of one occupant as one receiver sees it (XEP-0045 §7.2.3, §7.2.4): the
 * occupant's own presence payloads, plus a muc#user item whose {@code jid} appears only when the
 * room's anonymity lets the receiver see it, plus status codes (110 when the receiver is the
 * occupant).
 */
final class OccupantPresences {
  private final RealJidView realJids;

  OccupantPresences(RealJidView realJids) {
    this.realJids = realJids;
  }

  /** The presence of {@code subject} for {@code receiver}, who may be the subject itself. */
  Presence build(
      Room room,
      Occupant subject,
      Affiliation affiliation,
      PresenceType type,
      Occupant receiver,
      PresenceChange change) {
    boolean self = receiver.realJid().equals(subject.realJid());
    Element.Builder presence = Element.builder(Presence.NAME, Namespaces.CLIENT);
    presence.attribute("from", room.occupantJid(subject.nick()).toString());
    presence.attribute("to", receiver.realJid().toString());
    if (type != PresenceType.AVAILABLE) {
      presence.attribute("type", type.xmlValue());
    }
    for (Element child : subject.presence().elements()) {
      if (!child.namespace().startsWith(MucNs.MUC) && !child.is("error", Namespaces.CLIENT)) {
        presence.child(child);
      }
    }
    presence.child(userX(room, subject, affiliation, receiver, self, change));
    return (Presence) Stanza.parse(presence.build());
  }

  private Element userX(
      Room room,
      Occupant subject,
      Affiliation affiliation,
      Occupant receiver,
      boolean self,
      PresenceChange change) {
    Element.Builder item =
        Element.builder("item", MucNs.USER)
            .attribute("affiliation", affiliation.xmlValue())
            .attribute("role", subject.role().xmlValue());
    if (self || seesRealJids(room, receiver)) {
      item.attribute("jid", present(subject.realJid(), receiver.realJid()).toString());
    }
    change.newNick().ifPresent(n -> item.attribute("nick", n));
    change
        .actorNick()
        .ifPresent(
            a -> item.child(Element.builder("actor", MucNs.USER).attribute("nick", a).build()));
    change.reason().ifPresent(r -> item.textChild("reason", MucNs.USER, r));
    Element.Builder x = Element.builder("x", MucNs.USER).child(item.build());
    change.destroy().ifPresent(x::child);
    List<Integer> codes = new ArrayList<>(change.codes());
    if (self) {
      codes.add(StatusCodes.SELF);
    }
    for (int code : codes.stream().distinct().sorted().toList()) {
      x.child(status(code));
    }
    return x.build();
  }

  /**
   * Whether {@code receiver} may see other occupants' real JIDs: everyone in a non-anonymous room,
   * moderators only in a semi-anonymous one (XEP-0045 §4.1, §7.2.3).
   */
  static boolean seesRealJids(Room room, Occupant receiver) {
    return room.config().nonAnonymous() || receiver.role() == Role.MODERATOR;
  }

  static Element status(int code) {
    return Element.builder("status", MucNs.USER).attribute("code", Integer.toString(code)).build();
  }

  /** A real JID as {@code viewer} may see it. */
  Jid present(Jid realJid, Jid viewer) {
    return realJids.present(realJid, viewer);
  }
}
