package dev.parley.muc;

import dev.parley.protocol.Element;
import java.util.List;
import java.util.Optional;

/**
 * What a presence from the room says beyond the occupant's own presence: status codes for every
 * receiver, and the details of a change (new nickname, actor and reason, room destruction).
 */
record PresenceChange(
    List<Integer> codes,
    Optional<String> newNick,
    Optional<String> actorNick,
    Optional<String> reason,
    Optional<Element> destroy) {

  static final PresenceChange NONE =
      new PresenceChange(
          List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  static PresenceChange codes(Integer... codes) {
    return new PresenceChange(
        List.of(codes), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A removal by a moderator or admin, with its status code (307, 301, 321 or 322). */
  static PresenceChange removal(int code, Optional<String> actorNick, Optional<String> reason) {
    return new PresenceChange(List.of(code), Optional.empty(), actorNick, reason, Optional.empty());
  }

  static PresenceChange nickChange(String newNick) {
    return new PresenceChange(
        List.of(StatusCodes.NICK_CHANGED),
        Optional.of(newNick),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
