package dev.parley.muc;

import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;

/**
 * One occupant of a room: its nickname, the real JID of the session behind it, its role and the
 * last presence it sent (show, status and other payloads are repeated to the room).
 */
record Occupant(String nick, Jid realJid, Role role, Element presence) {

  Occupant withRole(Role newRole) {
    return new Occupant(nick, realJid, newRole, presence);
  }

  Occupant withNick(String newNick) {
    return new Occupant(newNick, realJid, role, presence);
  }

  Occupant withPresence(Element newPresence) {
    return new Occupant(nick, realJid, role, newPresence);
  }
}
