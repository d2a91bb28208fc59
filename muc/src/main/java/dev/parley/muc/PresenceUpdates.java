package dev.parley.muc;

import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.Optional;

/**
 * Presence from someone already in the room: a change of availability (§7.7), a new nickname (§7.6)
 * or leaving (§7.14).
 */
final class PresenceUpdates {
  private final Broadcasts broadcasts;
  private final Departures departures;

  PresenceUpdates(Broadcasts broadcasts, Departures departures) {
    this.broadcasts = broadcasts;
    this.departures = departures;
  }

  void handle(Room room, Occupant occupant, Presence presence, String targetNick, Outbox out) {
    switch (presence.type()) {
      case UNAVAILABLE -> departures.leave(room, occupant, presence, out);
      case AVAILABLE -> {
        if (targetNick.equals(occupant.nick())) {
          Occupant updated = occupant.withPresence(presence.element());
          room.put(updated);
          broadcasts.presence(
              room,
              updated,
              updated.role(),
              PresenceType.AVAILABLE,
              PresenceChange.NONE,
              Optional.of(PresenceChange.NONE),
              out);
        } else {
          changeNick(room, occupant, presence, targetNick, out);
        }
      }
      default -> out.error(presence, StanzaErrorCondition.BAD_REQUEST);
    }
  }

  private void changeNick(
      Room room, Occupant occupant, Presence presence, String newNick, Outbox out) {
    if (room.registeredNick(occupant.realJid()).filter(n -> !n.equals(newNick)).isPresent()) {
      // §7.6: a service that enforces registered nicknames refuses others with not-acceptable.
      out.error(presence, StanzaErrorCondition.NOT_ACCEPTABLE, "use your registered nickname");
      return;
    }
    var conflict = Joins.nickTaken(room, occupant.realJid(), newNick);
    if (conflict.isPresent()) {
      out.error(presence, conflict.get());
      return;
    }
    // §7.6: unavailable from the old nickname with 303 and the new one, then available.
    PresenceChange change = PresenceChange.nickChange(newNick);
    broadcasts.presence(
        room,
        occupant,
        occupant.role(),
        PresenceType.UNAVAILABLE,
        change,
        Optional.of(change),
        out);
    room.rename(occupant, newNick);
    Occupant renamed = occupant.withNick(newNick).withPresence(presence.element());
    room.put(renamed);
    broadcasts.presence(
        room,
        renamed,
        renamed.role(),
        PresenceType.AVAILABLE,
        PresenceChange.NONE,
        Optional.of(PresenceChange.NONE),
        out);
  }
}
