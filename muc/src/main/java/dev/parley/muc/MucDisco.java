package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Service discovery of the chat service and its rooms (XEP-0045 §6, XEP-0030). */
final class MucDisco {
  private final MucSettings settings;

  MucDisco(MucSettings settings) {
    this.settings = settings;
  }

  /** §6.1: the service is a conference service speaking MUC. */
  Iq serviceInfo(Iq iq) {
    Element.Builder query = Element.builder("query", MucNs.DISCO_INFO);
    query.child(identity(settings.serviceName()));
    for (String feature : List.of(MucNs.DISCO_INFO, MucNs.DISCO_ITEMS, MucNs.MUC, MucNs.PING)) {
      query.child(feature(feature));
    }
    return iq.result(query.build());
  }

  /** §6.3: public rooms only; hidden and locked rooms are not listed. */
  Iq serviceItems(Iq iq, Collection<Room> rooms) {
    Element.Builder query = Element.builder("query", MucNs.DISCO_ITEMS);
    rooms.stream()
        .filter(r -> r.config().isPublic() && !r.locked() && !r.destroyed())
        .sorted((a, b) -> a.jid().toString().compareTo(b.jid().toString()))
        .forEach(
            r ->
                query.child(
                    Element.builder("item", MucNs.DISCO_ITEMS)
                        .attribute("jid", r.jid().toString())
                        .attribute("name", displayName(r))
                        .build()));
    return iq.result(query.build());
  }

  /** §6.4: identity, muc_* features and the muc#roominfo form; §7.12 for the nickname node. */
  void roomInfo(Room room, Iq iq, Element request, Outbox out) {
    Jid requester = iq.from().orElseThrow();
    Optional<String> node = request.attribute("node");
    if (node.filter(MucNs.ROOMUSER_NODE::equals).isPresent()) {
      Element.Builder query =
          Element.builder("query", MucNs.DISCO_INFO).attribute("node", MucNs.ROOMUSER_NODE);
      room.registeredNick(requester)
          .ifPresent(
              n ->
                  query.child(
                      Element.builder("identity", MucNs.DISCO_INFO)
                          .attribute("category", "conference")
                          .attribute("type", "text")
                          .attribute("name", n)
                          .build()));
      out.send(iq.result(query.build()));
      return;
    }
    if (node.isPresent()) {
      out.error(iq, StanzaErrorCondition.ITEM_NOT_FOUND, "unknown node");
      return;
    }
    RoomConfig c = room.config();
    Element.Builder query = Element.builder("query", MucNs.DISCO_INFO);
    query.child(identity(displayName(room)));
    List<String> features =
        List.of(
            MucNs.MUC,
            MucNs.DISCO_INFO,
            MucNs.DISCO_ITEMS,
            MucNs.REGISTER,
            MucNs.PING,
            MucNs.MUC + "#self-ping-optimization",
            c.isPublic() ? "muc_public" : "muc_hidden",
            c.persistent() ? "muc_persistent" : "muc_temporary",
            c.membersOnly() ? "muc_membersonly" : "muc_open",
            c.moderated() ? "muc_moderated" : "muc_unmoderated",
            c.nonAnonymous() ? "muc_nonanonymous" : "muc_semianonymous",
            c.passwordProtected() ? "muc_passwordprotected" : "muc_unsecured");
    features.forEach(f -> query.child(feature(f)));
    query.child(roomInfoForm(room));
    out.send(iq.result(query.build()));
  }

  private Element roomInfoForm(Room room) {
    RoomConfig c = room.config();
    Element.Builder form = DataForms.form("result", MucNs.ROOMINFO);
    form.child(
        DataForms.field("muc#roominfo_description", "text-single", "Description", c.description()));
    form.child(DataForms.field("muc#roominfo_subject", "text-single", "Subject", room.subject()));
    form.child(
        DataForms.field(
            "muc#roominfo_occupants",
            "text-single",
            "Occupants",
            Integer.toString(room.occupantCount())));
    form.child(
        DataForms.bool(
            "muc#roominfo_subjectmod", "Occupants may change the subject", c.changeSubject()));
    form.child(DataForms.field("muc#roominfo_lang", "text-single", "Language", c.language()));
    form.child(DataForms.field("muc#roomconfig_roomname", "text-single", "Name", c.name()));
    form.child(
        DataForms.field(
            "muc#maxhistoryfetch", "text-single", "History", Integer.toString(c.historyLength())));
    return form.build();
  }

  /** §6.5: occupants are listed to occupants, and to anyone when the room is non-anonymous. */
  Iq roomItems(Room room, Iq iq) {
    Jid requester = iq.from().orElseThrow();
    Element.Builder query = Element.builder("query", MucNs.DISCO_ITEMS);
    if (room.config().nonAnonymous() || room.occupantByRealJid(requester).isPresent()) {
      for (Occupant occupant : room.occupants()) {
        query.child(
            Element.builder("item", MucNs.DISCO_ITEMS)
                .attribute("jid", room.occupantJid(occupant.nick()).toString())
                .build());
      }
    }
    return iq.result(query.build());
  }

  private static String displayName(Room room) {
    String name = room.config().name();
    return name.isEmpty() ? room.jid().localpart() : name;
  }

  private static Element identity(String name) {
    return Element.builder("identity", MucNs.DISCO_INFO)
        .attribute("category", "conference")
        .attribute("type", "text")
        .attribute("name", name)
        .build();
  }

  private static Element feature(String var) {
    return Element.builder("feature", MucNs.DISCO_INFO).attribute("var", var).build();
  }
}
