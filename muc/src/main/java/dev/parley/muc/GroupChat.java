package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.MessageType;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.Optional;

/** Messages to everyone (XEP-0045 §7.4), subject changes (§8.1) and private messages (§7.5). */
final class GroupChat {
  private final RoomContext context;
  private final Broadcasts broadcasts;

  GroupChat(RoomContext context, Broadcasts broadcasts) {
    this.context = context;
    this.broadcasts = broadcasts;
  }

  /** A message of type groupchat to the room's bare JID. */
  void toRoom(Room room, Message message, Outbox out) {
    Optional<Occupant> sender = message.from().flatMap(room::occupantByRealJid);
    if (sender.isEmpty()) {
      // §7.4: only occupants may send to all occupants.
      out.error(message, StanzaErrorCondition.NOT_ACCEPTABLE, "only occupants may send messages");
      return;
    }
    if (tooLarge(message)) {
      out.error(message, StanzaErrorCondition.NOT_ACCEPTABLE, "message is too large");
      return;
    }
    Occupant from = sender.get();
    Optional<String> subject = message.element().childText("subject", Namespaces.CLIENT);
    if (subject.isPresent() && message.body().isEmpty()) {
      changeSubject(room, from, message, subject.get(), out);
      return;
    }
    if (!from.role().atLeast(Role.PARTICIPANT)) {
      // §7.4: visitors have no voice in a moderated room.
      out.error(message, StanzaErrorCondition.FORBIDDEN, "visitors may not speak");
      return;
    }
    broadcasts.message(room, Optional.of(from.nick()), message.element(), out);
    if (message.body().isPresent()) {
      // Kept without a 'to': each newcomer gets a copy addressed to it (§7.2.15).
      Message stored =
          Broadcasts.groupchat(room.occupantJid(from.nick()), room.jid(), message.element())
              .withAddresses(Optional.of(room.occupantJid(from.nick())), Optional.empty());
      room.history().add(stored, context.clock().instant());
    }
  }

  private void changeSubject(
      Room room, Occupant from, Message message, String subject, Outbox out) {
    boolean allowed =
        from.role() == Role.MODERATOR
            || (room.config().changeSubject() && from.role().atLeast(Role.PARTICIPANT));
    if (!allowed) {
      out.error(message, StanzaErrorCondition.FORBIDDEN, "you may not change the subject");
      return;
    }
    room.subject(subject, from.nick());
    broadcasts.message(room, Optional.of(from.nick()), message.element(), out);
  }

  /** A message to one occupant's room JID. */
  void privateMessage(Room room, Message message, String nick, Outbox out) {
    Optional<Occupant> sender = message.from().flatMap(room::occupantByRealJid);
    if (sender.isEmpty()) {
      out.error(message, StanzaErrorCondition.NOT_ACCEPTABLE, "only occupants may send messages");
      return;
    }
    if (message.type() == MessageType.GROUPCHAT) {
      // §7.5: a private message of type groupchat is refused.
      out.error(message, StanzaErrorCondition.BAD_REQUEST, "private messages are not groupchat");
      return;
    }
    Optional<Occupant> target = room.occupant(nick);
    if (target.isEmpty()) {
      out.error(message, StanzaErrorCondition.ITEM_NOT_FOUND, "no such occupant");
      return;
    }
    if (!room.config().allowPm().permits(sender.get().role())) {
      out.error(message, StanzaErrorCondition.NOT_ALLOWED, "private messages are not allowed");
      return;
    }
    if (tooLarge(message)) {
      out.error(message, StanzaErrorCondition.NOT_ACCEPTABLE, "message is too large");
      return;
    }
    out.send(forwarded(room.occupantJid(sender.get().nick()), target.get().realJid(), message));
  }

  /** §7.5: the private message, from the sender's room JID, marked with an empty muc#user x. */
  private static Stanza forwarded(Jid from, Jid to, Message message) {
    Element.Builder copy = Element.builder(Message.NAME, Namespaces.CLIENT);
    copy.attribute("from", from.toString()).attribute("to", to.toString());
    message.element().attribute("type").ifPresent(t -> copy.attribute("type", t));
    message.id().ifPresent(id -> copy.attribute("id", id));
    copy.children(message.element().children());
    if (message.element().child("x", MucNs.USER).isEmpty()) {
      copy.child("x", MucNs.USER);
    }
    return Stanza.parse(copy.build());
  }

  private boolean tooLarge(Message message) {
    return message.element().toString().length() > context.settings().maxMessageSize();
  }
}
