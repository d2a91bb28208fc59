package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Mediated invitations and declines (XEP-0045 §7.8.2, §7.8.3). */
final class Invitations {
  private final OccupantPresences presences;

  Invitations(OccupantPresences presences) {
    this.presences = presences;
  }

  /** Handles the invites and declines of a muc#user x sent to the room's bare JID. */
  void handle(Room room, Message message, Element userX, Outbox out) {
    List<Element> invites = named(userX, "invite");
    List<Element> declines = named(userX, "decline");
    if (invites.isEmpty() && declines.isEmpty()) {
      out.error(message, StanzaErrorCondition.BAD_REQUEST, "nothing to do with this message");
      return;
    }
    Jid sender = message.from().orElseThrow();
    List<Stanza> produced = new ArrayList<>();
    if (!invites.isEmpty()) {
      Optional<StanzaErrorCondition> refusal = mayInvite(room, sender);
      if (refusal.isPresent()) {
        out.error(message, refusal.get(), "you may not invite to this room");
        return;
      }
    }
    for (Element invite : invites) {
      Optional<Jid> invitee = target(invite);
      if (invitee.isEmpty()) {
        out.error(message, StanzaErrorCondition.JID_MALFORMED, "invite needs a valid 'to'");
        return;
      }
      if (room.config().membersOnly() && room.affiliation(invitee.get()) == Affiliation.NONE) {
        // §7.8.2: inviting to a members-only room makes the invitee a member.
        room.affiliation(Room.asBare(invitee.get()), Affiliation.MEMBER);
      }
      produced.add(relay(room, "invite", sender, invitee.get(), invite, true));
    }
    for (Element decline : declines) {
      Optional<Jid> inviter = target(decline);
      if (inviter.isEmpty()) {
        out.error(message, StanzaErrorCondition.JID_MALFORMED, "decline needs a valid 'to'");
        return;
      }
      produced.add(relay(room, "decline", sender, inviter.get(), decline, false));
    }
    produced.forEach(out::send);
  }

  private static Optional<StanzaErrorCondition> mayInvite(Room room, Jid sender) {
    Optional<Occupant> occupant = room.occupantByRealJid(sender);
    Affiliation affiliation = room.affiliation(sender);
    if (occupant.isEmpty() && !affiliation.atLeast(Affiliation.ADMIN)) {
      return Optional.of(StanzaErrorCondition.NOT_ACCEPTABLE);
    }
    boolean privileged =
        affiliation.atLeast(Affiliation.ADMIN)
            || occupant.filter(o -> o.role() == Role.MODERATOR).isPresent();
    boolean allowed =
        privileged
            || (room.config().allowInvites()
                && (!room.config().membersOnly() || affiliation.atLeast(Affiliation.MEMBER)));
    return allowed ? Optional.empty() : Optional.of(StanzaErrorCondition.FORBIDDEN);
  }

  private Stanza relay(
      Room room, String kind, Jid sender, Jid recipient, Element original, boolean withPassword) {
    Element.Builder item =
        Element.builder(kind, MucNs.USER)
            .attribute("from", presences.present(sender, recipient).toString());
    original.child("reason", MucNs.USER).ifPresent(item::child);
    original.child("continue", MucNs.USER).ifPresent(item::child);
    Element.Builder x = Element.builder("x", MucNs.USER).child(item.build());
    if (withPassword) {
      room.config().password().ifPresent(p -> x.textChild("password", MucNs.USER, p));
    }
    Element message =
        Element.builder(Message.NAME, Namespaces.CLIENT)
            .attribute("from", room.jid().toString())
            .attribute("to", recipient.toString())
            .child(x.build())
            .build();
    return Stanza.parse(message);
  }

  private static Optional<Jid> target(Element element) {
    try {
      return element.attribute("to").map(Jid::parse);
    } catch (JidFormatException e) {
      return Optional.empty();
    }
  }

  private static List<Element> named(Element x, String name) {
    return x.elements().stream().filter(e -> e.is(name, MucNs.USER)).toList();
  }
}
