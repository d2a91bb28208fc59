package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.List;
import java.util.Optional;

/**
 * Registering a nickname with a room (XEP-0045 §7.10, jabber:iq:register): the nickname is then
 * reserved for the user, who becomes a member; {@code <remove/>} cancels both.
 */
final class Registrations {
  static final String NICK_FIELD = "muc#register_roomnick";

  void get(Room room, Iq iq, Outbox out) {
    Jid user = iq.from().orElseThrow();
    Optional<String> nick = room.registeredNick(user);
    Element.Builder query = Element.builder("query", MucNs.REGISTER);
    if (nick.isPresent()) {
      query.child("registered", MucNs.REGISTER).textChild("username", MucNs.REGISTER, nick.get());
    } else if (room.affiliation(user) == Affiliation.OUTCAST) {
      out.error(iq, StanzaErrorCondition.FORBIDDEN, "you are banned");
      return;
    } else {
      query.textChild("instructions", MucNs.REGISTER, "Choose the nickname to reserve.");
      query.child(
          DataForms.form("form", MucNs.REGISTER_FORM)
              .textChild("title", MucNs.DATA, "Nickname registration")
              .child(DataForms.field(NICK_FIELD, "text-single", "Nickname", List.of()))
              .build());
    }
    out.send(iq.result(query.build()));
  }

  void set(Room room, Iq iq, Element query, Outbox out) {
    Jid user = iq.from().orElseThrow();
    BareJid bare = Room.asBare(user);
    Affiliation affiliation = room.affiliation(user);
    if (query.child("remove", MucNs.REGISTER).isPresent()) {
      room.register(bare, Optional.empty());
      if (affiliation == Affiliation.MEMBER) {
        room.affiliation(bare, Affiliation.NONE);
      }
      out.send(iq.emptyResult());
      return;
    }
    if (affiliation == Affiliation.OUTCAST) {
      out.error(iq, StanzaErrorCondition.FORBIDDEN, "you are banned");
      return;
    }
    if (room.config().membersOnly() && !affiliation.atLeast(Affiliation.MEMBER)) {
      out.error(iq, StanzaErrorCondition.NOT_ALLOWED, "membership is granted by the room's admins");
      return;
    }
    Optional<String> nick =
        query
            .child("x", MucNs.DATA)
            .map(DataForms::values)
            .map(v -> v.getOrDefault(NICK_FIELD, List.of()))
            .filter(l -> !l.isEmpty())
            .map(l -> l.get(0).trim())
            .filter(n -> !n.isEmpty());
    if (nick.isEmpty()) {
      out.error(iq, StanzaErrorCondition.NOT_ACCEPTABLE, "a nickname is required");
      return;
    }
    if (Joins.nickTaken(room, user, nick.get()).isPresent()) {
      out.error(iq, StanzaErrorCondition.CONFLICT, "that nickname is taken");
      return;
    }
    room.register(bare, nick);
    if (affiliation == Affiliation.NONE) {
      room.affiliation(bare, Affiliation.MEMBER);
    }
    out.send(iq.emptyResult());
  }
}
