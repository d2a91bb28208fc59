package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import java.util.Optional;

/** Occupants leaving (XEP-0045 §7.14) or being removed (kick, ban, error, shutdown). */
final class Departures {
  private static final Element EMPTY_PRESENCE = Element.of(Presence.NAME, Namespaces.CLIENT);
  private final Broadcasts broadcasts;

  Departures(Broadcasts broadcasts) {
    this.broadcasts = broadcasts;
  }

  /** The occupant sent unavailable presence: everyone, itself included, learns it left. */
  void leave(Room room, Occupant occupant, Presence unavailable, Outbox out) {
    Occupant gone = occupant.withRole(Role.NONE).withPresence(unavailable.element());
    broadcasts.presence(
        room,
        gone,
        occupant.role(),
        PresenceType.UNAVAILABLE,
        PresenceChange.NONE,
        Optional.of(PresenceChange.NONE),
        out);
    room.remove(occupant);
  }

  /**
   * Removes an occupant with the status of {@code change}. The removed occupant is told too unless
   * {@code tellSelf} is false (its server is gone, or it just bounced a stanza: §7.2 and §17.3).
   */
  void remove(Room room, Occupant occupant, PresenceChange change, boolean tellSelf, Outbox out) {
    Occupant gone = occupant.withRole(Role.NONE).withPresence(EMPTY_PRESENCE);
    broadcasts.presence(
        room,
        gone,
        occupant.role(),
        PresenceType.UNAVAILABLE,
        change,
        tellSelf ? Optional.of(change) : Optional.empty(),
        out);
    room.remove(occupant);
  }
}
