package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.List;
import java.util.Optional;

/**
 * Reading the lists of muc#admin (XEP-0045 §8.5, §9.5, §9.8, §10.5, §10.8): affiliation lists by
 * affiliation, moderator and participant lists by role. Changes are {@link AdminChanges}.
 */
final class AdminItems {
  private final OccupantPresences presences;

  AdminItems(OccupantPresences presences) {
    this.presences = presences;
  }

  void get(Room room, Iq iq, Element query, Outbox out) {
    List<Element> items = query.elements().stream().filter(e -> e.name().equals("item")).toList();
    if (items.size() != 1) {
      out.error(iq, StanzaErrorCondition.BAD_REQUEST, "ask for one list at a time");
      return;
    }
    Element item = items.get(0);
    Jid requester = iq.from().orElseThrow();
    Optional<Affiliation> affiliation = item.attribute("affiliation").flatMap(Affiliation::parse);
    Optional<Role> role = item.attribute("role").flatMap(Role::parse);
    if (affiliation.isPresent()) {
      if (!mayReadAffiliations(room, requester, affiliation.get())) {
        out.error(iq, StanzaErrorCondition.FORBIDDEN, "you may not read that list");
        return;
      }
      out.send(iq.result(affiliationList(room, query.namespace(), affiliation.get(), requester)));
    } else if (role.isPresent() && role.get() != Role.NONE && role.get() != Role.VISITOR) {
      Optional<Occupant> asker = room.occupantByRealJid(requester);
      if (asker.filter(o -> o.role() == Role.MODERATOR).isEmpty()) {
        out.error(iq, StanzaErrorCondition.FORBIDDEN, "only moderators may read role lists");
        return;
      }
      out.send(iq.result(roleList(room, query.namespace(), role.get(), asker.get())));
    } else {
      out.error(iq, StanzaErrorCondition.BAD_REQUEST, "item needs an affiliation or a role");
    }
  }

  /** §9.5 (admins: members and outcasts), §10.5/§10.8 (owners: owners and admins). */
  private static boolean mayReadAffiliations(Room room, Jid requester, Affiliation list) {
    Affiliation mine = room.affiliation(requester);
    return switch (list) {
      case OWNER, ADMIN -> mine == Affiliation.OWNER;
      case OUTCAST -> mine.atLeast(Affiliation.ADMIN);
      case MEMBER ->
          mine.atLeast(Affiliation.ADMIN)
              || room.occupantByRealJid(requester)
                  .filter(o -> room.config().getMemberList().contains(o.role()))
                  .isPresent();
      case NONE -> false;
    };
  }

  private Element affiliationList(Room room, String ns, Affiliation affiliation, Jid viewer) {
    Element.Builder query = Element.builder("query", ns);
    for (BareJid user : room.withAffiliation(affiliation)) {
      Element.Builder item =
          Element.builder("item", ns)
              .attribute("affiliation", affiliation.xmlValue())
              .attribute("jid", presences.present(user, viewer).toString());
      room.registeredNick(user).ifPresent(n -> item.attribute("nick", n));
      query.child(item.build());
    }
    return query.build();
  }

  private Element roleList(Room room, String ns, Role role, Occupant viewer) {
    Element.Builder query = Element.builder("query", ns);
    for (Occupant occupant : room.occupants()) {
      if (occupant.role() != role) {
        continue;
      }
      Element.Builder item =
          Element.builder("item", ns)
              .attribute("affiliation", room.affiliation(occupant.realJid()).xmlValue())
              .attribute("nick", occupant.nick())
              .attribute("role", role.xmlValue());
      if (OccupantPresences.seesRealJids(room, viewer)) {
        item.attribute("jid", presences.present(occupant.realJid(), viewer.realJid()).toString());
      }
      query.child(item.build());
    }
    return query.build();
  }
}
