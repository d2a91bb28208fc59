package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The owner's muc#owner requests: the configuration form (XEP-0045 §10.1, §10.2), the legacy owner
 * and admin lists (§10.5, §10.8) and destroying the room (§10.9).
 */
final class OwnerActions {
  private final RoomContext context;
  private final Broadcasts broadcasts;
  private final Departures departures;
  private final AdminItems lists;
  private final AdminChanges changes;

  OwnerActions(
      RoomContext context,
      Broadcasts broadcasts,
      Departures departures,
      AdminItems lists,
      AdminChanges changes) {
    this.context = context;
    this.broadcasts = broadcasts;
    this.departures = departures;
    this.lists = lists;
    this.changes = changes;
  }

  void get(Room room, Iq iq, Element query, Outbox out) {
    if (room.affiliation(iq.from().orElseThrow()) != Affiliation.OWNER) {
      out.error(iq, StanzaErrorCondition.FORBIDDEN, "only owners configure the room");
    } else if (query.child("item", MucNs.OWNER).isPresent()) {
      lists.get(room, iq, query, out);
    } else {
      Element form =
          FormAffiliations.fields(RoomConfigForm.render(room.config(), context.settings()), room);
      out.send(iq.result(Element.builder("query", MucNs.OWNER).child(form).build()));
    }
  }

  void set(Room room, Iq iq, Element query, Outbox out) {
    if (room.affiliation(iq.from().orElseThrow()) != Affiliation.OWNER) {
      out.error(iq, StanzaErrorCondition.FORBIDDEN, "only owners configure the room");
      return;
    }
    Optional<Element> destroy = query.child("destroy", MucNs.OWNER);
    Optional<Element> form = query.child("x", MucNs.DATA);
    if (destroy.isPresent()) {
      out.send(iq.emptyResult());
      destroy(room, destroy.get(), out);
    } else if (query.child("item", MucNs.OWNER).isPresent()) {
      changes.set(room, iq, query, out);
    } else if (form.isPresent()) {
      configure(room, iq, form.get(), out);
    } else {
      out.error(iq, StanzaErrorCondition.BAD_REQUEST, "expected a form, items or destroy");
    }
  }

  private void configure(Room room, Iq iq, Element form, Outbox out) {
    String type = form.attribute("type").orElse("");
    if (type.equals("cancel")) {
      out.send(iq.emptyResult());
      if (room.locked()) {
        // §10.1.3: cancelling the initial configuration destroys the new room.
        destroy(room, Element.of("destroy", MucNs.OWNER), out);
      }
      return;
    }
    if (!type.equals("submit")) {
      out.error(iq, StanzaErrorCondition.BAD_REQUEST, "a configuration form must be submitted");
      return;
    }
    RoomConfigForm.Parsed parsed = RoomConfigForm.parse(form, room.config(), context.settings());
    if (parsed.error().isPresent()) {
      out.error(iq, parsed.error().get());
      return;
    }
    FormAffiliations.Changes lists = FormAffiliations.read(form, room);
    if (lists.error().isPresent()) {
      out.error(iq, lists.error().get());
      return;
    }
    RoomConfig before = room.config();
    RoomConfig after = parsed.config().orElseThrow();
    boolean wasLocked = room.locked();
    room.config(after);
    room.locked(false);
    out.send(iq.emptyResult());
    lists.changes().forEach((user, affiliation) -> changes.grant(room, user, affiliation, out));
    if (!wasLocked) {
      announce(room, before, after, out);
    }
    if (after.membersOnly() && !before.membersOnly()) {
      // §9.3, §10.2: non-members leave a room that became members-only, with 322.
      for (Occupant occupant : room.occupants()) {
        if (!room.affiliation(occupant.realJid()).atLeast(Affiliation.MEMBER)) {
          departures.remove(
              room,
              occupant,
              PresenceChange.removal(
                  StatusCodes.MEMBERS_ONLY_REMOVED, Optional.empty(), Optional.empty()),
              true,
              out);
        }
      }
    }
  }

  /** §10.2.1: occupants learn that the configuration changed, and how privacy changed. */
  private void announce(Room room, RoomConfig before, RoomConfig after, Outbox out) {
    List<Integer> codes = new ArrayList<>();
    codes.add(StatusCodes.CONFIG_CHANGED);
    if (before.whois() != after.whois()) {
      codes.add(
          after.nonAnonymous() ? StatusCodes.NOW_NON_ANONYMOUS : StatusCodes.NOW_SEMI_ANONYMOUS);
    }
    if (before.logging() != after.logging()) {
      codes.add(after.logging() ? StatusCodes.LOGGING_ON : StatusCodes.LOGGING_OFF);
    }
    Element.Builder x = Element.builder("x", MucNs.USER);
    codes.forEach(code -> x.child(OccupantPresences.status(code)));
    Element payload = Element.builder("message", Namespaces.CLIENT).child(x.build()).build();
    broadcasts.message(room, Optional.empty(), payload, out);
  }

  /**
   * §10.9: every occupant receives unavailable presence carrying the destroy element (alternate
   * venue, reason, password), and the room is gone.
   */
  void destroy(Room room, Element request, Outbox out) {
    Element.Builder destroy = Element.builder("destroy", MucNs.USER);
    request.attribute("jid").ifPresent(j -> destroy.attribute("jid", j));
    request
        .childText("reason", MucNs.OWNER)
        .ifPresent(r -> destroy.textChild("reason", MucNs.USER, r));
    request
        .childText("password", MucNs.OWNER)
        .ifPresent(p -> destroy.textChild("password", MucNs.USER, p));
    PresenceChange change =
        new PresenceChange(
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(destroy.build()));
    for (Occupant occupant : room.occupants()) {
      Occupant gone =
          occupant.withRole(Role.NONE).withPresence(Element.of(Presence.NAME, Namespaces.CLIENT));
      out.send(
          context
              .presences()
              .build(room, gone, Affiliation.NONE, PresenceType.UNAVAILABLE, gone, change));
      room.remove(occupant);
    }
    room.markDestroyed();
  }
}
