package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import java.util.Optional;

/** Sends one occupant's presence, or one message, to every occupant of a room. */
final class Broadcasts {
  private final OccupantPresences presences;

  Broadcasts(OccupantPresences presences) {
    this.presences = presences;
  }

  /**
   * The presence of {@code subject} to every other occupant, then to the subject itself unless
   * {@code forSelf} is empty (a removed ghost is not told). {@code shownRole} decides visibility
   * under muc#roomconfig_presencebroadcast: the role the subject had, so that leaving is broadcast
   * exactly where entering was.
   */
  void presence(
      Room room,
      Occupant subject,
      Role shownRole,
      PresenceType type,
      PresenceChange forOthers,
      Optional<PresenceChange> forSelf,
      Outbox out) {
    Affiliation affiliation = room.affiliation(subject.realJid());
    boolean broadcast = room.config().presenceBroadcast().contains(shownRole);
    for (Occupant receiver : room.occupants()) {
      boolean self = receiver.realJid().equals(subject.realJid());
      if (!self && broadcast) {
        out.send(presences.build(room, subject, affiliation, type, receiver, forOthers));
      }
    }
    // The self-presence goes last (XEP-0045 §7.2.3): it tells the client the flood is complete.
    forSelf.ifPresent(
        change -> out.send(presences.build(room, subject, affiliation, type, subject, change)));
  }

  /** A groupchat or status message from the room (or an occupant's room JID) to everyone. */
  void message(Room room, Optional<String> fromNick, Element payload, Outbox out) {
    Jid from = fromNick.<Jid>map(room::occupantJid).orElse(room.jid());
    // The copies differ only in 'to' (§7.4): built and parsed once, then re-addressed per
    // occupant, which shares the children instead of copying and re-parsing them for each of
    // hundreds of occupants (most of the room's own cost in the muc load profile).
    Message template = groupchat(from, room.jid(), payload);
    for (Occupant receiver : room.occupants()) {
      out.send(addressedTo(template, receiver.realJid()));
    }
  }

  /** {@code template} with {@code to} as its only change; its from, id and type stay. */
  static Message addressedTo(Message template, Jid to) {
    return new Message(
        template.element().withAttribute("to", to.toString()),
        template.from(),
        Optional.of(to),
        template.id(),
        template.type());
  }

  /** A groupchat message with the children of {@code payload}. */
  static Message groupchat(Jid from, Jid to, Element payload) {
    Element.Builder message =
        Element.builder(Message.NAME, Namespaces.CLIENT)
            .attribute("from", from.toString())
            .attribute("to", to.toString())
            .attribute("type", "groupchat");
    payload.attribute("id").ifPresent(id -> message.attribute("id", id));
    message.children(payload.children());
    return (Message) Stanza.parse(message.build());
  }
}
