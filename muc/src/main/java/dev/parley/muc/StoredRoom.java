package dev.parley.muc;

import dev.parley.protocol.BareJid;
import java.util.Map;
import java.util.Optional;

/**
 * What survives a restart of a persistent room: its configuration, affiliations, registered
 * nicknames and subject. Occupants and history do not (XEP-0045 §10.1: a room is persistent, not
 * its visitors).
 *
 * @param jid the room's address
 * @param creator the user who created it, counted against the per-user room limit
 * @param config its configuration
 * @param affiliations every bare JID with an affiliation other than none
 * @param registeredNicks nicknames registered in the room (jabber:iq:register), by user
 * @param subject the subject, empty when none
 * @param subjectBy nickname of who set the subject, empty when none
 */
public record StoredRoom(
    BareJid jid,
    Optional<BareJid> creator,
    RoomConfig config,
    Map<BareJid, Affiliation> affiliations,
    Map<BareJid, String> registeredNicks,
    String subject,
    String subjectBy) {

  public StoredRoom {
    affiliations = Map.copyOf(affiliations);
    registeredNicks = Map.copyOf(registeredNicks);
    if (affiliations.containsValue(Affiliation.NONE)) {
      throw new IllegalArgumentException("affiliation none is not stored");
    }
  }
}
