package dev.parley.muc;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.protocol.PresenceType;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Changing roles and affiliations through muc#admin (and the legacy muc#owner lists): kick, voice,
 * moderator, membership, ban, admin and owner (XEP-0045 §8.2 to §8.4, §9.1 to §9.8, §10.3 to
 * §10.8). Every item of a request is checked before any is applied, so a request applies whole or
 * not at all.
 */
final class AdminChanges {
  private final Broadcasts broadcasts;
  private final Departures departures;

  private sealed interface Change permits RoleChange, AffiliationChange {}

  private record RoleChange(Occupant target, Role role, Optional<String> reason)
      implements Change {}

  private record AffiliationChange(BareJid user, Affiliation affiliation, Optional<String> reason)
      implements Change {}

  AdminChanges(Broadcasts broadcasts, Departures departures) {
    this.broadcasts = broadcasts;
    this.departures = departures;
  }

  void set(Room room, Iq iq, Element query, Outbox out) {
    Jid requester = iq.from().orElseThrow();
    List<Element> items = query.elements().stream().filter(e -> e.name().equals("item")).toList();
    if (items.isEmpty()) {
      out.error(iq, StanzaErrorCondition.BAD_REQUEST, "no item to change");
      return;
    }
    List<Change> changes = new ArrayList<>();
    for (Element item : items) {
      Optional<StanzaError> refusal = check(room, requester, item, changes);
      if (refusal.isPresent()) {
        out.error(iq, refusal.get());
        return;
      }
    }
    if (leavesNoOwner(room, changes)) {
      // §10.6: the last owner cannot step down.
      out.error(iq, StanzaErrorCondition.CONFLICT, "a room needs at least one owner");
      return;
    }
    out.send(iq.emptyResult());
    Optional<String> actor = room.occupantByRealJid(requester).map(Occupant::nick);
    for (Change change : changes) {
      switch (change) {
        case RoleChange r -> applyRole(room, r, actor, out);
        case AffiliationChange a -> applyAffiliation(room, a, actor, out);
      }
    }
  }

  private Optional<StanzaError> check(Room room, Jid requester, Element item, List<Change> into) {
    Optional<String> reason = item.childText("reason", item.namespace());
    Optional<String> roleValue = item.attribute("role");
    Optional<String> affiliationValue = item.attribute("affiliation");
    if (roleValue.isPresent() == affiliationValue.isPresent()) {
      return refuse(StanzaErrorCondition.BAD_REQUEST, "an item changes a role or an affiliation");
    }
    if (roleValue.isPresent()) {
      Optional<Role> role = roleValue.flatMap(Role::parse);
      Optional<Occupant> target = item.attribute("nick").flatMap(room::occupant);
      if (role.isEmpty()) {
        return refuse(StanzaErrorCondition.BAD_REQUEST, "unknown role");
      }
      if (target.isEmpty()) {
        return refuse(StanzaErrorCondition.ITEM_NOT_FOUND, "no occupant with that nickname");
      }
      into.add(new RoleChange(target.get(), role.get(), reason));
      return checkRole(room, requester, target.get(), role.get());
    }
    Optional<Affiliation> affiliation = affiliationValue.flatMap(Affiliation::parse);
    Optional<BareJid> user = user(room, item);
    if (affiliation.isEmpty()) {
      return refuse(StanzaErrorCondition.BAD_REQUEST, "unknown affiliation");
    }
    if (user.isEmpty()) {
      return refuse(StanzaErrorCondition.BAD_REQUEST, "an affiliation item needs a valid jid");
    }
    into.add(new AffiliationChange(user.get(), affiliation.get(), reason));
    return checkAffiliation(room, requester, user.get(), affiliation.get());
  }

  private static Optional<BareJid> user(Room room, Element item) {
    try {
      Optional<Jid> jid = item.attribute("jid").map(Jid::parse);
      if (jid.isPresent()) {
        return Optional.of(Room.asBare(jid.get()));
      }
    } catch (JidFormatException e) {
      return Optional.empty();
    }
    return item.attribute("nick").flatMap(room::occupant).map(o -> Room.asBare(o.realJid()));
  }

  /** §8.2 to §8.4 and §9.6, §9.7: moderators manage roles, admins manage moderators. */
  private static Optional<StanzaError> checkRole(
      Room room, Jid requester, Occupant target, Role role) {
    Optional<Occupant> me = room.occupantByRealJid(requester);
    Affiliation mine = room.affiliation(requester);
    if (me.filter(o -> o.role() == Role.MODERATOR).isEmpty()) {
      return refuse(StanzaErrorCondition.FORBIDDEN, "only moderators change roles");
    }
    Affiliation theirs = room.affiliation(target.realJid());
    if (role != Role.MODERATOR
        && theirs.atLeast(Affiliation.ADMIN)
        && !(mine == Affiliation.OWNER && theirs == Affiliation.ADMIN)) {
      // §8.2, §8.4, §9.7: an admin's or owner's role cannot be lowered by a peer.
      return refuse(StanzaErrorCondition.NOT_ALLOWED, "that occupant's role cannot be lowered");
    }
    boolean grantsOrTakesModerator = role == Role.MODERATOR || target.role() == Role.MODERATOR;
    if (grantsOrTakesModerator && !mine.atLeast(Affiliation.ADMIN)) {
      return refuse(StanzaErrorCondition.FORBIDDEN, "only admins grant or revoke moderator");
    }
    return Optional.empty();
  }

  /** §9.1 to §9.4 (admins: members, outcasts), §10.3 to §10.7 (owners: admins, owners). */
  private static Optional<StanzaError> checkAffiliation(
      Room room, Jid requester, BareJid user, Affiliation affiliation) {
    Affiliation mine = room.affiliation(requester);
    if (!mine.atLeast(Affiliation.ADMIN)) {
      return refuse(StanzaErrorCondition.FORBIDDEN, "only admins and owners change affiliations");
    }
    Affiliation theirs = room.affiliation(user);
    if (mine != Affiliation.OWNER && theirs.atLeast(Affiliation.ADMIN)) {
      return refuse(StanzaErrorCondition.NOT_ALLOWED, "an admin cannot change an admin or owner");
    }
    if (mine != Affiliation.OWNER && affiliation.atLeast(Affiliation.ADMIN)) {
      return refuse(StanzaErrorCondition.FORBIDDEN, "only owners grant admin or owner");
    }
    return Optional.empty();
  }

  private static boolean leavesNoOwner(Room room, List<Change> changes) {
    Set<BareJid> owners = new HashSet<>(room.withAffiliation(Affiliation.OWNER));
    for (Change change : changes) {
      if (change instanceof AffiliationChange a) {
        if (a.affiliation() == Affiliation.OWNER) {
          owners.add(a.user());
        } else {
          owners.remove(a.user());
        }
      }
    }
    return owners.isEmpty();
  }

  private void applyRole(Room room, RoleChange change, Optional<String> actor, Outbox out) {
    Optional<Occupant> current = room.occupant(change.target().nick());
    if (current.isEmpty()) {
      return;
    }
    if (change.role() == Role.NONE) {
      departures.remove(
          room,
          current.get(),
          PresenceChange.removal(StatusCodes.KICKED, actor, change.reason()),
          true,
          out);
      return;
    }
    Occupant updated = current.get().withRole(change.role());
    room.put(updated);
    PresenceChange detail =
        new PresenceChange(List.of(), Optional.empty(), actor, change.reason(), Optional.empty());
    broadcasts.presence(
        room, updated, updated.role(), PresenceType.AVAILABLE, detail, Optional.of(detail), out);
  }

  /** Gives {@code user} an affiliation decided elsewhere (the configuration form's lists). */
  void grant(Room room, BareJid user, Affiliation affiliation, Outbox out) {
    applyAffiliation(
        room, new AffiliationChange(user, affiliation, Optional.empty()), Optional.empty(), out);
  }

  private void applyAffiliation(
      Room room, AffiliationChange change, Optional<String> actor, Outbox out) {
    room.affiliation(change.user(), change.affiliation());
    for (Occupant occupant : room.occupants()) {
      if (!Room.asBare(occupant.realJid()).equals(change.user())) {
        continue;
      }
      if (change.affiliation() == Affiliation.OUTCAST) {
        departures.remove(
            room,
            occupant,
            PresenceChange.removal(StatusCodes.BANNED, actor, change.reason()),
            true,
            out);
      } else if (room.config().membersOnly() && !change.affiliation().atLeast(Affiliation.MEMBER)) {
        departures.remove(
            room,
            occupant,
            PresenceChange.removal(StatusCodes.AFFILIATION_REMOVED, actor, change.reason()),
            true,
            out);
      } else {
        Occupant updated = occupant.withRole(Joins.initialRole(room, change.affiliation()));
        room.put(updated);
        PresenceChange detail =
            new PresenceChange(
                List.of(), Optional.empty(), actor, change.reason(), Optional.empty());
        broadcasts.presence(
            room,
            updated,
            updated.role(),
            PresenceType.AVAILABLE,
            detail,
            Optional.of(detail),
            out);
      }
    }
  }

  private static Optional<StanzaError> refuse(StanzaErrorCondition condition, String text) {
    return Optional.of(StanzaError.of(condition, text));
  }
}
