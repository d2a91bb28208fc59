package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.ErrorType;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Message;
import dev.parley.protocol.Namespaces;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entering a room (XEP-0045 §7.2) and creating one (§10.1). */
final class Joins {
  private final RoomContext context;
  private final Broadcasts broadcasts;

  Joins(RoomContext context, Broadcasts broadcasts) {
    this.context = context;
    this.broadcasts = broadcasts;
  }

  /**
   * Handles an available presence from someone who is not an occupant yet. {@code created} is true
   * when the service made the room for this presence: the sender becomes its owner.
   */
  void join(Room room, Presence presence, String requestedNick, boolean created, Outbox out) {
    Jid real = presence.from().orElseThrow();
    Optional<Element> mucX = presence.element().child("x", MucNs.MUC);
    if (created) {
      room.affiliation(Room.asBare(real), Affiliation.OWNER);
      // §10.1.1: a creator speaking MUC gets a locked room to configure; an older client (no
      // muc x) gets an instant room.
      room.locked(mucX.isPresent());
    }
    Affiliation affiliation = room.affiliation(real);
    Optional<StanzaError> refusal = admission(room, real, affiliation, mucX);
    if (refusal.isPresent()) {
      out.error(presence, refusal.get());
      return;
    }
    List<Integer> selfCodes = new ArrayList<>();
    String nick = requestedNick;
    Optional<String> registered = room.registeredNick(real);
    if (registered.isPresent() && !registered.get().equals(requestedNick)) {
      // §7.2.11: the service enforces the registered nickname and says so with 210.
      nick = registered.get();
      selfCodes.add(StatusCodes.NICK_ASSIGNED);
    }
    Optional<StanzaError> nickRefusal = nickTaken(room, real, nick);
    if (nickRefusal.isPresent()) {
      out.error(presence, nickRefusal.get());
      return;
    }
    if (created) {
      selfCodes.add(StatusCodes.CREATED);
    }
    enter(
        room,
        new Occupant(nick, real, initialRole(room, affiliation), presence.element()),
        selfCodes,
        HistoryRequest.from(mucX),
        out);
  }

  private Optional<StanzaError> admission(
      Room room, Jid real, Affiliation affiliation, Optional<Element> mucX) {
    if (room.locked() && affiliation != Affiliation.OWNER) {
      // §10.1.1: a room is not open to others until its owner has configured it.
      return Optional.of(StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND, "room is locked"));
    }
    if (affiliation == Affiliation.OUTCAST) {
      return Optional.of(StanzaError.of(StanzaErrorCondition.FORBIDDEN, "you are banned"));
    }
    RoomConfig config = room.config();
    if (config.membersOnly() && !affiliation.atLeast(Affiliation.MEMBER)) {
      return Optional.of(
          StanzaError.of(StanzaErrorCondition.REGISTRATION_REQUIRED, "room is members-only"));
    }
    if (config.passwordProtected()) {
      Optional<String> given = mucX.flatMap(x -> x.childText("password", MucNs.MUC));
      if (!given.equals(config.password())) {
        return Optional.of(
            StanzaError.of(StanzaErrorCondition.NOT_AUTHORIZED, "a password is required"));
      }
    }
    if (room.occupantCount() >= config.occupantLimit(context.settings())
        && !affiliation.atLeast(Affiliation.ADMIN)) {
      // §7.2.10: a full room answers service-unavailable of type wait.
      return Optional.of(
          new StanzaError(
              ErrorType.WAIT,
              StanzaErrorCondition.SERVICE_UNAVAILABLE,
              Optional.of("room is full"),
              Optional.empty()));
    }
    return Optional.empty();
  }

  /** §7.2.9: a nickname in use or registered by someone else is a conflict. */
  static Optional<StanzaError> nickTaken(Room room, Jid real, String nick) {
    boolean inUse = room.occupant(nick).filter(o -> !o.realJid().equals(real)).isPresent();
    boolean reserved =
        room.registrant(nick).filter(owner -> !owner.equals(Room.asBare(real))).isPresent();
    if (inUse || reserved) {
      return Optional.of(
          StanzaError.of(StanzaErrorCondition.CONFLICT, "that nickname is in use or registered"));
    }
    return Optional.empty();
  }

  /** §5.1.2: owners and admins moderate; in a moderated room unaffiliated users are visitors. */
  static Role initialRole(Room room, Affiliation affiliation) {
    if (affiliation.atLeast(Affiliation.ADMIN)) {
      return Role.MODERATOR;
    }
    if (room.config().moderated() && affiliation == Affiliation.NONE) {
      return Role.VISITOR;
    }
    return Role.PARTICIPANT;
  }

  private void enter(
      Room room, Occupant newcomer, List<Integer> selfCodes, HistoryRequest history, Outbox out) {
    // §7.2.3: existing occupants' presence first, then the newcomer's to everyone, itself last.
    for (Occupant other : room.occupants()) {
      if (room.config().presenceBroadcast().contains(other.role())) {
        out.send(
            context
                .presences()
                .build(
                    room,
                    other,
                    room.affiliation(other.realJid()),
                    PresenceType.AVAILABLE,
                    newcomer,
                    PresenceChange.NONE));
      }
    }
    room.put(newcomer);
    List<Integer> codes = new ArrayList<>(selfCodes);
    if (room.config().nonAnonymous()) {
      codes.add(StatusCodes.NON_ANONYMOUS);
    }
    if (room.config().logging()) {
      codes.add(StatusCodes.LOGGING_ON);
    }
    broadcasts.presence(
        room,
        newcomer,
        newcomer.role(),
        PresenceType.AVAILABLE,
        PresenceChange.NONE,
        Optional.of(PresenceChange.codes(codes.toArray(Integer[]::new))),
        out);
    sendHistory(room, newcomer, history, out);
    out.send(subjectMessage(room, newcomer.realJid()));
  }

  private void sendHistory(Room room, Occupant newcomer, HistoryRequest request, Outbox out) {
    for (HistoryBuffer.Entry entry : room.history().select(request, context.clock().instant())) {
      Element delay =
          Element.builder("delay", MucNs.DELAY)
              .attribute("from", room.jid().toString())
              .attribute("stamp", DateTimeFormatter.ISO_INSTANT.format(entry.at()))
              .build();
      Element stored = entry.message().element();
      Element.Builder copy = stored.toBuilder().attribute("to", newcomer.realJid().toString());
      copy.child(delay);
      out.send(Stanza.parse(copy.build()));
    }
  }

  /** §7.2.15: the subject (empty when none) ends the entry sequence. */
  static Message subjectMessage(Room room, Jid to) {
    Jid from = room.subjectBy().isEmpty() ? room.jid() : room.occupantJid(room.subjectBy());
    Element message =
        Element.builder(Message.NAME, Namespaces.CLIENT)
            .attribute("from", from.toString())
            .attribute("to", to.toString())
            .attribute("type", "groupchat")
            .child(
                room.subject().isEmpty()
                    ? Element.of("subject", Namespaces.CLIENT)
                    : Element.builder("subject", Namespaces.CLIENT).text(room.subject()).build())
            .build();
    return (Message) Stanza.parse(message);
  }
}
