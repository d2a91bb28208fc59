package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Stanza;
import java.util.Optional;

/**
 * Sees stanzas at the two edges of local delivery: when a local user sends one, and before one is
 * delivered to a local user. Blocking (XEP-0191) and carbons (XEP-0280) are interceptors.
 *
 * <p>The {@code ...Now} variants are asked on a connection's event loop, where nothing may block:
 * an interceptor answers them when it can decide from memory alone, and the router otherwise routes
 * the stanza off the event loop, calling the plain methods. Verdicts must not have side effects,
 * since the router may ask both variants for the same stanza.
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

  /** {@link #outgoing}'s verdict if it can be reached without blocking; empty if not. */
  default Optional<Verdict> outgoingNow(Stanza stanza, ClientSession sender) {
    return Optional.empty();
  }

  /** {@link #incoming}'s verdict if it can be reached without blocking; empty if not. */
  default Optional<Verdict> incomingNow(Stanza stanza, BareJid recipient) {
    return Optional.empty();
  }
}
