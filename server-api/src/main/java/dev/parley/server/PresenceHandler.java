package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Presence;

/** The RFC 6121 presence and subscription rules, which the router delegates to the IM module. */
public interface PresenceHandler {

  /** Presence sent by a local session: broadcast, directed, or a subscription request/answer. */
  Outcome outbound(Presence presence, ClientSession sender);

  /** Presence addressed to a local account (bare or full JID). */
  Outcome inbound(Presence presence, BareJid recipient);
}
