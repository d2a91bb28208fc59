package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.IqType;
import dev.parley.protocol.Message;
import dev.parley.protocol.MessageType;
import dev.parley.protocol.Presence;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.Optional;

/**
 * Decides what a stanza to an existing room means and hands it to the handler for that use case.
 * Runs with the room's lock held.
 */
final class RoomDispatch {
  private final Joins joins;
  private final Departures departures;
  private final PresenceUpdates presenceUpdates;
  private final GroupChat groupChat;
  private final Invitations invitations;
  private final VoiceRequests voiceRequests;
  private final AdminItems adminItems;
  private final AdminChanges adminChanges;
  private final OwnerActions ownerActions;
  private final Registrations registrations = new Registrations();
  private final IqForwarding iqForwarding = new IqForwarding();
  private final MucDisco disco;
  private final OccupantPresences presences;

  RoomDispatch(RoomContext context) {
    this.presences = context.presences();
    Broadcasts broadcasts = new Broadcasts(presences);
    this.departures = new Departures(broadcasts);
    this.joins = new Joins(context, broadcasts);
    this.presenceUpdates = new PresenceUpdates(broadcasts, departures);
    this.groupChat = new GroupChat(context, broadcasts);
    this.invitations = new Invitations(presences);
    this.voiceRequests = new VoiceRequests(presences, broadcasts);
    this.adminItems = new AdminItems(presences);
    this.adminChanges = new AdminChanges(broadcasts, departures);
    this.ownerActions = new OwnerActions(context, broadcasts, departures, adminItems, adminChanges);
    this.disco = new MucDisco(context.settings());
  }

  void handle(Room room, Stanza stanza, Optional<String> nick, boolean created, Outbox out) {
    switch (stanza) {
      case Presence p -> presence(room, p, nick, created, out);
      case Message m -> message(room, m, nick, out);
      case Iq iq -> iq(room, iq, nick, out);
    }
  }

  private void presence(
      Room room, Presence presence, Optional<String> nick, boolean created, Outbox out) {
    if (presence.type() == PresenceType.ERROR) {
      removeGhost(room, presence, out);
      return;
    }
    if (nick.isEmpty()) {
      if (presence.type() == PresenceType.AVAILABLE) {
        // §7.2.1: entering needs a nickname, the resourcepart of the room JID.
        out.error(presence, StanzaErrorCondition.JID_MALFORMED, "a nickname is required");
      }
      return;
    }
    Optional<Occupant> occupant = presence.from().flatMap(room::occupantByRealJid);
    switch (presence.type()) {
      case AVAILABLE, UNAVAILABLE -> {
        if (occupant.isPresent()) {
          presenceUpdates.handle(room, occupant.get(), presence, nick.get(), out);
        } else if (presence.type() == PresenceType.AVAILABLE) {
          joins.join(room, presence, nick.get(), created, out);
        }
      }
      case PROBE -> probe(room, presence, occupant, nick.get(), out);
      default ->
          out.error(
              presence,
              StanzaErrorCondition.SERVICE_UNAVAILABLE,
              "rooms do not take subscriptions");
    }
  }

  private void probe(Room room, Presence probe, Optional<Occupant> asker, String nick, Outbox out) {
    Optional<Occupant> target = room.occupant(nick);
    if (asker.isPresent() && target.isPresent()) {
      out.send(
          presences.build(
              room,
              target.get(),
              room.affiliation(target.get().realJid()),
              PresenceType.AVAILABLE,
              asker.get(),
              PresenceChange.NONE));
    }
  }

  private void message(Room room, Message message, Optional<String> nick, Outbox out) {
    if (message.type() == MessageType.ERROR) {
      removeGhost(room, message, out);
      return;
    }
    if (nick.isPresent()) {
      groupChat.privateMessage(room, message, nick.get(), out);
      return;
    }
    if (message.type() == MessageType.GROUPCHAT) {
      groupChat.toRoom(room, message, out);
      return;
    }
    Optional<Element> userX = message.element().child("x", MucNs.USER);
    Optional<Element> form =
        message.element().child("x", MucNs.DATA).filter(VoiceRequests::isRequest);
    if (userX.isPresent()) {
      invitations.handle(room, message, userX.get(), out);
    } else if (form.isPresent()) {
      voiceRequests.handle(room, message, form.get(), out);
    } else {
      out.error(
          message, StanzaErrorCondition.BAD_REQUEST, "messages to the room are of type groupchat");
    }
  }

  private void iq(Room room, Iq iq, Optional<String> nick, Outbox out) {
    if (nick.isPresent()) {
      iqForwarding.handle(room, iq, nick.get(), out);
      return;
    }
    if (!iq.type().isRequest()) {
      if (iq.type() == IqType.ERROR && undeliverable(iq)) {
        removeGhost(room, iq, out); // the answer to a liveness check: the server is gone
      }
      return; // RFC 6120 §8.2.3: results and errors are never answered.
    }
    if (room.locked() && room.affiliation(iq.from().orElseThrow()) != Affiliation.OWNER) {
      out.error(iq, StanzaErrorCondition.ITEM_NOT_FOUND, "room is locked");
      return;
    }
    Element payload = iq.payload().orElseThrow();
    boolean get = iq.type() == IqType.GET;
    switch (payload.namespace()) {
      case MucNs.DISCO_INFO ->
          requireGet(get, iq, out, () -> disco.roomInfo(room, iq, payload, out));
      case MucNs.DISCO_ITEMS -> requireGet(get, iq, out, () -> out.send(disco.roomItems(room, iq)));
      case MucNs.PING -> requireGet(get, iq, out, () -> out.send(iq.emptyResult()));
      case MucNs.ADMIN -> {
        if (get) {
          adminItems.get(room, iq, payload, out);
        } else {
          adminChanges.set(room, iq, payload, out);
        }
      }
      case MucNs.OWNER -> {
        if (get) {
          ownerActions.get(room, iq, payload, out);
        } else {
          ownerActions.set(room, iq, payload, out);
        }
      }
      case MucNs.REGISTER -> {
        if (get) {
          registrations.get(room, iq, out);
        } else {
          registrations.set(room, iq, payload, out);
        }
      }
      default -> out.error(iq, StanzaErrorCondition.SERVICE_UNAVAILABLE);
    }
  }

  /**
   * Whether an error says the stanza never reached its addressee's server: only then is the
   * occupant a ghost. A client answering a ping with service-unavailable is still there.
   */
  private static boolean undeliverable(Stanza error) {
    return StanzaError.from(error.element())
        .map(StanzaError::condition)
        .filter(
            c ->
                c == StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND
                    || c == StanzaErrorCondition.REMOTE_SERVER_TIMEOUT)
        .isPresent();
  }

  private static void requireGet(boolean get, Iq iq, Outbox out, Runnable action) {
    if (get) {
      action.run();
    } else {
      out.error(iq, StanzaErrorCondition.BAD_REQUEST, "only get is defined here");
    }
  }

  /**
   * An error from an occupant's real JID means it cannot be reached (§17.3 "ghost" occupants): it
   * leaves with status 333, without being told.
   */
  private void removeGhost(Room room, Stanza error, Outbox out) {
    error.from().flatMap(room::occupantByRealJid).ifPresent(ghost -> removeGhost(room, ghost, out));
  }

  void removeGhost(Room room, Occupant ghost, Outbox out) {
    departures.remove(room, ghost, PresenceChange.codes(StatusCodes.REMOVED_BY_ERROR), false, out);
  }

  /**
   * The alias itself is removed by an administrator: the room is destroyed as if its owner had
   * asked (§10.9), every occupant learning why.
   */
  void destroyByService(Room room, String reason, Outbox out) {
    Element request =
        Element.builder("destroy", MucNs.OWNER).textChild("reason", MucNs.OWNER, reason).build();
    ownerActions.destroy(room, request, out);
  }

  /** §7.14/§9: the service is shutting down, every occupant is told with 332. */
  void dismissAll(Room room, Outbox out) {
    for (Occupant occupant : room.occupants()) {
      Occupant gone = occupant.withRole(Role.NONE);
      out.send(
          presences.build(
              room,
              gone,
              room.affiliation(occupant.realJid()),
              PresenceType.UNAVAILABLE,
              gone,
              PresenceChange.codes(StatusCodes.SHUTDOWN)));
      room.remove(occupant);
    }
  }
}
