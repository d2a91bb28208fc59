package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voice requests in moderated rooms (XEP-0045 §7.13) and their approval by a moderator (§8.6), both
 * as muc#request data forms in messages to the room.
 */
final class VoiceRequests {
  static final String FORM_TYPE = MucNs.MUC + "#request";
  private final OccupantPresences presences;
  private final Broadcasts broadcasts;

  VoiceRequests(OccupantPresences presences, Broadcasts broadcasts) {
    this.presences = presences;
    this.broadcasts = broadcasts;
  }

  /** Whether {@code form} is a muc#request form. */
  static boolean isRequest(Element form) {
    return DataForms.values(form).getOrDefault("FORM_TYPE", List.of()).contains(FORM_TYPE);
  }

  void handle(Room room, Message message, Element form, Outbox out) {
    Optional<Occupant> sender = message.from().flatMap(room::occupantByRealJid);
    if (sender.isEmpty()) {
      out.error(message, StanzaErrorCondition.NOT_ACCEPTABLE, "you are not an occupant");
      return;
    }
    Map<String, List<String>> values = DataForms.values(form);
    if (sender.get().role() == Role.MODERATOR && values.containsKey("muc#request_allow")) {
      approve(room, message, sender.get(), values, out);
    } else if (sender.get().role() == Role.VISITOR) {
      for (Occupant moderator : room.occupants()) {
        if (moderator.role() == Role.MODERATOR) {
          out.send(requestForm(room, sender.get(), moderator));
        }
      }
    } else {
      out.error(message, StanzaErrorCondition.BAD_REQUEST, "you already have voice");
    }
  }

  private void approve(
      Room room, Message message, Occupant moderator, Map<String, List<String>> v, Outbox out) {
    boolean allow =
        first(v, "muc#request_allow").filter(a -> a.equals("1") || a.equals("true")).isPresent();
    Optional<Occupant> visitor =
        first(v, "muc#roomnick").flatMap(room::occupant).filter(o -> o.role() == Role.VISITOR);
    if (visitor.isEmpty()) {
      out.error(message, StanzaErrorCondition.ITEM_NOT_FOUND, "no visitor with that nickname");
      return;
    }
    if (!allow) {
      return; // §8.6: a denial is not announced
    }
    Occupant voiced = visitor.get().withRole(Role.PARTICIPANT);
    room.put(voiced);
    PresenceChange detail =
        new PresenceChange(
            List.of(),
            Optional.empty(),
            Optional.of(moderator.nick()),
            Optional.empty(),
            Optional.empty());
    broadcasts.presence(
        room, voiced, voiced.role(), PresenceType.AVAILABLE, detail, Optional.of(detail), out);
  }

  private Stanza requestForm(Room room, Occupant visitor, Occupant moderator) {
    Element.Builder form = DataForms.form("form", FORM_TYPE);
    form.textChild("title", MucNs.DATA, "Voice request");
    form.child(DataForms.field("muc#role", "list-single", "Requested role", "participant"));
    form.child(
        DataForms.field(
            "muc#jid",
            "jid-single",
            "User ID",
            presences.present(visitor.realJid(), moderator.realJid()).toString()));
    form.child(DataForms.field("muc#roomnick", "text-single", "Room nickname", visitor.nick()));
    form.child(DataForms.bool("muc#request_allow", "Grant voice?", false));
    Element message =
        Element.builder(Message.NAME, Namespaces.CLIENT)
            .attribute("from", room.jid().toString())
            .attribute("to", moderator.realJid().toString())
            .child(form.build())
            .build();
    return Stanza.parse(message);
  }

  private static Optional<String> first(Map<String, List<String>> values, String var) {
    return Optional.ofNullable(values.get(var)).filter(l -> !l.isEmpty()).map(l -> l.get(0));
  }
}
