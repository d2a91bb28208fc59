package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Stanza;

/**
 * Sees stanzas at the two edges of local delivery: when a local user sends one, and before one is
 * delivered to a local user. Blocking (XEP-0191) and carbons (XEP-0280) are interceptors.
 */
public interface StanzaInterceptor {

  /** A stanza a local user's session sent, before it is routed. */
  default Verdict outgoing(Stanza stanza, ClientSession sender) {
    return Verdict.CONTINUE;
  }

  /** A stanza about to be delivered to {@code recipient}'s sessions or offline store. */
  default Verdict incoming(Stanza stanza, BareJid recipient) {
    return Verdict.CONTINUE;
  }
}
